/*
 * The Dockerfile's physical-line structure, as BuildKit reads it (moby/buildkit frontend/dockerfile/parser).
 *
 * BuildKit is line-oriented: it reads physical lines (only LF ends one), classifies each line at an
 * instruction-start position as blank, comment, parser directive or the start of an instruction, joins
 * continuation lines into one logical line, and reads heredoc bodies raw after the instruction. This
 * lexer emits exactly one token per physical line (its line ending included), typed by what the line
 * is in context. Keyword, flags and arguments are cut from the joined logical line by the engine,
 * because a continuation may split any word (`R\` + `UN` is the keyword RUN), so they cannot be
 * tokens of physical lines.
 *
 * Every line rule ends with `(EOL | EOF)`, never `EOL?`: the same tokens, but the DFA states in the middle of
 * a line are then not accepting, so the lexer does not record an accept state at every character.
 *
 * State the grammar cannot express (the escape character chosen by `# escape=`, whether the directive
 * run is still open, the heredoc terminators still to read) lives in DockerfileLexerBase, which the
 * rule actions below call.
 */
lexer grammar DockerfileLexer;

options { superClass = DockerfileLexerBase; }

// Produced by rule actions (DockerfileLexerBase retypes a line), never matched directly.
tokens { DIRECTIVE, HEREDOC_END }

// ---- instruction-start position (DEFAULT_MODE) ----

// An empty or whitespace-only line. BuildKit skips it without trace; it also ends the directive run.
BLANK_LINE
    : WS* EOL        { onBlankLine(); }
    | WS+ EOF        { onBlankLine(); }   // whitespace-only last line without a line ending
    ;

// A line whose first non-whitespace character is `#`: a comment, or a parser directive while the
// directive run at the top of the file is still open (the action retypes it to DIRECTIVE).
COMMENT_LINE
    : WS* '#' CONTENT* (EOL | EOF)   { onCommentLine(); }
    ;

// Any other line starts an instruction. If it ends with the escape character (R3.4) the lexer enters
// CONTINUATION; otherwise the instruction ends here and its heredoc bodies, if any, follow.
INSTRUCTION_LINE
    : WS* START CONTENT* (EOL | EOF) { onInstructionLine(); }
    ;

// ---- inside a continued instruction ----
mode CONTINUATION;

// BuildKit drops a whitespace-only line inside a continuation, does not end the instruction on it,
// and warns (no-empty-continuation).
CONTINUATION_BLANK
    : WS* EOL        { onContinuationFiller(); }
    | WS+ EOF        { onContinuationFiller(); }
    ;

// BuildKit drops a comment line inside a continuation; it never ends the instruction, even without
// a trailing escape character.
CONTINUATION_COMMENT
    : WS* '#' CONTENT* (EOL | EOF)   { onContinuationFiller(); }
    ;

// Appended to the logical line as written, leading whitespace included.
CONTINUATION_LINE
    : WS* START CONTENT* (EOL | EOF) { onContinuationLine(); }
    ;

// ---- heredoc bodies, read raw after the instruction ----
mode HEREDOC;

// A body line, or (retyped by the action) the line that is exactly the terminator.
HEREDOC_LINE
    : CONTENT+ (EOL | EOF)  { onHeredocLine(); }
    | EOL            { onHeredocLine(); }
    ;

// ---- fragments ----

// Only LF ends a line. The run of CRs before it belongs to the line ending (BuildKit trims every
// trailing CR and LF), and so does a run of CRs at the very end of the input; a CR followed by
// anything else is content (CONTENT's second alternative is longer, so it wins).
fragment EOL     : '\r'* '\n' | '\r'+ ;
fragment CONTENT : ~[\r\n] | '\r'+ ~[\r\n] ;

// Go's unicode.IsSpace, which BuildKit uses to trim the start of an instruction line (R3.3).
fragment WS
    : [ \t\u000B\f\r\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]
    ;

// The first character of an instruction or continuation line: neither whitespace nor `#`.
fragment START
    : ~[ \t\u000B\f\r\n\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000#]
    ;
