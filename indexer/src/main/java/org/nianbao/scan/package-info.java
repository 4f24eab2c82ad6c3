/**
 * Regular expressions searched only where a match can start: {@link org.nianbao.scan.StartChars}
 * skips the positions whose character no match begins with, which is most of a report's text, and
 * tries the pattern at the others exactly as {@link java.util.regex.Matcher#find()} would.
 *
 * <p><b>Depends on</b> the JDK only.
 */
package org.nianbao.scan;
