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

static const attr_t LL_A_NORMAL = A_NORMAL;
static const attr_t LL_A_BOLD = A_BOLD;
static const attr_t LL_A_DIM = A_DIM;
static const attr_t LL_A_REVERSE = A_REVERSE;
static const attr_t LL_A_UNDERLINE = A_UNDERLINE;
static const attr_t LL_A_ITALIC = A_ITALIC;

static inline void ll_getmaxyx(WINDOW *w, int *y, int *x) { getmaxyx(w, *y, *x); }

/// Puts one grapheme (a spacing character plus up to CCHARW_MAX-1 combining ones) at y, x.
static inline int ll_put_grapheme(WINDOW *w, int y, int x, const wchar_t *chars, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, chars, attrs, pair, NULL) != OK) return ERR;
    return mvwadd_wch(w, y, x, &cell);
}

/// Sets what erasing the window leaves in each cell: a space in these attributes and colours.
static inline void ll_set_background(WINDOW *w, attr_t attrs, short pair) {
    cchar_t cell;
    const wchar_t space[2] = { L' ', 0 };
    if (setcchar(&cell, space, attrs, pair, NULL) == OK) wbkgrndset(w, &cell);
}

/// Reads back the characters of the cell at y, x (for tests); returns how many were written.
static inline int ll_read_cell(WINDOW *w, int y, int x, wchar_t *out, int max, attr_t *attrs, short *pair) {
    cchar_t cell;
    wchar_t chars[CCHARW_MAX + 1];
    if (mvwin_wch(w, y, x, &cell) != OK) return -1;
    if (getcchar(&cell, chars, attrs, pair, NULL) == ERR) return -1;
    int n = 0;
    while (n < max - 1 && n < CCHARW_MAX && chars[n] != 0) { out[n] = chars[n]; n++; }
    out[n] = 0;
    return n;
}

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

static inline const char *ll_codeset(void) { return nl_langinfo(CODESET); }

#endif
