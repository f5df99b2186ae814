/*
 * Groups the physical lines of DockerfileLexer into the file's structure. Every token is kept, so
 * the engine's TreeBuilder can account for every byte.
 */
parser grammar DockerfileParser;

options { tokenVocab = DockerfileLexer; }

// Parser directives come first (the lexer only types them DIRECTIVE at the top of the file); then
// instructions and the blank and comment lines around them. The blank and comment lines before an
// instruction are its leading trivia, those after the last one the file's trailing trivia: the
// engine's TreeBuilder groups them. (Written with the grouping in the rule, `instruction*
// trivia*` with each instruction's trivia inside it, every instruction cost ANTLR a full
// prediction looking past its trivia; as written here every decision takes one token.)
dockerfile
    : directive* (trivia | instruction)* EOF
    ;

directive
    : DIRECTIVE
    ;

trivia
    : BLANK_LINE
    | COMMENT_LINE
    ;

instruction
    : first=INSTRUCTION_LINE continuation* heredoc*
    ;

// Lines after a continued line: more of the instruction, or blank/comment lines BuildKit drops.
continuation
    : CONTINUATION_LINE
    | CONTINUATION_COMMENT
    | CONTINUATION_BLANK
    ;

// One body per heredoc marker, in the order of the markers, each ending at its terminator line.
heredoc
    : body+=HEREDOC_LINE* end=HEREDOC_END
    ;
