// The wide-character ncurses API for Swift. The switch must come before the include: a target's cSettings
// never reach the Swift importer (see notes/ncursesw.md).
#ifndef LEARNERLED_CNCURSESW_SHIM_H
#define LEARNERLED_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// wcwidth is hidden by Swift's Glibc module.
extern int wcwidth(wchar_t c);

// Mutable C globals are not concurrency-safe in Swift 6: read them through functions.
static inline WINDOW *ll_stdscr(void) { return stdscr; }
static inline int ll_colors(void) { return COLORS; }
static inline int ll_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *ll_stdin(void) { return stdin; }
static inline FILE *ll_stdout(void) { return stdout; }
static inline int ll_lines(void) { return LINES; }
static inline int ll_cols(void) { return COLS; }

static inline void ll_getmaxyx(WINDOW *w, int *y, int *x) { getmaxyx(w, *y, *x); }

static inline int ll_get_wch(WINDOW *w, wint_t *ch) { return wget_wch(w, ch); }

static inline int ll_has_cursor_addressing(void) {
    const char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

/// Looks the terminal up without touching the screen: -1 unknown to terminfo, 0 no cursor addressing, 1 usable.
static inline int ll_probe_terminal(int fd) {
    int err = 0;
    if (setupterm(NULL, fd, &err) != OK) return -1;
    int usable = ll_has_cursor_addressing();
    del_curterm(cur_term);
    return usable ? 1 : 0;
}

/// A terminfo string capability, or NULL when the terminal has none (terminfo says absent or cancelled).
static inline const char *ll_tigetstr(const char *name) {
    const char *s = tigetstr(name);
    return (s == NULL || s == (const char *)-1) ? NULL : s;
}

static inline int ll_tigetflag(const char *name) { return tigetflag(name) > 0; }

// tiparm is variadic, which Swift cannot call.
static inline const char *ll_tiparm1(const char *cap, int a) { return tiparm(cap, a); }
static inline const char *ll_tiparm2(const char *cap, int a, int b) { return tiparm(cap, a, b); }

static inline const char *ll_codeset(void) { return nl_langinfo(CODESET); }

#endif
