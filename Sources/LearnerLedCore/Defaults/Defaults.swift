/// The classroom practice's own words, used when a class has not changed them.
/// English starters are exactly those of the practice; do not reword them.
public enum Defaults {
    public static let english = StarterSet(
        language: "en",
        languageName: "English",
        lesson: [
            "I used to… Now I…",
            "Today, I succeeded by…",
            "Today, I struggled with…",
            "Next time, I will…",
            "I am still puzzled by…",
            "I am wondering…",
        ],
        artifact: ArtifactStarters(
            succeeding: "This artifact shows I am succeeding with…",
            challenged: "This artifact shows I am still challenged by…",
            future: "In the future, I will…"
        ),
        opening: [
            "Welcome! Thank you for coming to my conference.",
            "Today I am going to share…",
        ],
        closing: [
            "I used to… Now I…",
            "Next time, I will…",
            "My goal is…",
            "Do you have any questions for me?",
        ]
    )

    /// Spanish, in the words a Spanish-speaking elementary classroom would use ("trabajo" for artifact).
    public static let spanish = StarterSet(
        language: "es",
        languageName: "Español",
        lesson: [
            "Antes yo… Ahora yo…",
            "Hoy tuve éxito al…",
            "Hoy tuve dificultades con…",
            "La próxima vez, voy a…",
            "Todavía me confunde…",
            "Me pregunto…",
        ],
        artifact: ArtifactStarters(
            succeeding: "Este trabajo muestra que estoy teniendo éxito con…",
            challenged: "Este trabajo muestra que todavía se me dificulta…",
            future: "En el futuro, voy a…"
        ),
        opening: [
            "¡Bienvenidos! Gracias por venir a mi conferencia.",
            "Hoy les voy a mostrar…",
        ],
        closing: [
            "Antes yo… Ahora yo…",
            "La próxima vez, voy a…",
            "Mi meta es…",
            "¿Tienen alguna pregunta para mí?",
        ],
        successCriteria: [
            SuccessCriterion(id: "welcome", text: "Da la bienvenida y agradece a la familia"),
            SuccessCriterion(id: "body-language", text: "Mira a los ojos y usa un lenguaje corporal abierto"),
            SuccessCriterion(id: "voice", text: "Habla con voz clara y segura"),
            SuccessCriterion(id: "explains", text: "Explica cada trabajo y lo que quería mostrar"),
            SuccessCriterion(id: "owns", text: "Reconoce sus fortalezas y un próximo paso"),
            SuccessCriterion(id: "answers", text: "Responde las preguntas pensando bien"),
            SuccessCriterion(id: "no-excuses", text: "Acepta elogios y sugerencias sin excusas"),
        ],
        probingQuestions: [
            "¿Cómo crees que te fue? ¿Salió como lo planeaste?",
            "¿Qué estrategias usaste?",
            "¿Qué notas en tu trabajo?",
            "¿Qué pasos podrías dar para mejorarlo?",
            "¿Cómo sabes que puedes hacerlo?",
            "¿Por qué es importante aprender esto?",
            "¿En qué todavía te cuesta?",
            "¿Qué podemos hacer tu familia y yo para ayudarte más?",
        ]
    )

    public static let starterSets = [english, spanish]

    public static let subjects = [
        Subject(id: "reading", name: "Reading", symbol: "📚"),
        Subject(id: "writing", name: "Writing", symbol: "📝"),
        Subject(id: "math", name: "Math", symbol: "🔢"),
        Subject(id: "science", name: "Science", symbol: "🔬"),
        Subject(id: "social-studies", name: "Social Studies", symbol: "🌎"),
        Subject(id: "art", name: "Art", symbol: "🎨"),
    ]

    /// At most two artifacts per subject; at least one strength and one challenge.
    public static let boundaries = Boundaries(maxPerSubject: 2, requireStrengthAndChallenge: true)

    public static let successCriteria = [
        SuccessCriterion(id: "welcome", text: "Welcomes and thanks the family"),
        SuccessCriterion(id: "body-language", text: "Makes eye contact and uses open body language"),
        SuccessCriterion(id: "voice", text: "Speaks in a clear, confident voice"),
        SuccessCriterion(id: "explains", text: "Explains each artifact and what it was meant to show"),
        SuccessCriterion(id: "owns", text: "Owns both strengths and a next step"),
        SuccessCriterion(id: "answers", text: "Answers questions thoughtfully"),
        SuccessCriterion(id: "no-excuses", text: "Takes compliments and suggestions without excuses"),
    ]

    public static let probingQuestions = [
        "How do you feel this went — did it turn out the way you planned?",
        "What strategies did you use?",
        "What are you noticing about your work?",
        "What steps could you take to improve this?",
        "How do you know you can do this?",
        "Why is this important to learn?",
        "Where are you still finding it hard?",
        "What can your family and I do to help you more?",
    ]
}
