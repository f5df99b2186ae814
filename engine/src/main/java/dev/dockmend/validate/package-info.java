/**
 * BuildKit's instruction checks: what every build verifies after the parser has accepted a file
 * (fact sheet §4.5, §5, §7.2). A file can parse and still fail here; these diagnostics say why.
 */
package dev.dockmend.validate;
