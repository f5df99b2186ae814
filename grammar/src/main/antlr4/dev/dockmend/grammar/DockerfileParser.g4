/*
 * Groups the physical lines of DockerfileLexer into the file's structure. Every token is kept, so
 * the engine's TreeBuilder can account for every byte.
 */
parser grammar DockerfileParser;

options { tokenVocab = DockerfileLexer; }

// Parser directives come first (the lexer only types them DIRECTIVE at the top of the file); then
// instructions, each owning the blank and comment lines before it (its leading trivia), then
// whatever comes after the last instruction.
dockerfile
    : directive* instruction* trivia* EOF
    ;

directive
    : DIRECTIVE
    ;

trivia
    : BLANK_LINE
    | COMMENT_LINE
    ;

instruction
    : leading+=trivia* first=INSTRUCTION_LINE continuation* heredoc*
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
