package org.nianbao.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the charset of a text or HTML report and decodes it. Chinese government reports come as
 * UTF-8, GBK/GB2312 (decoded here as GB18030, their superset) and now and then UTF-16 from Windows
 * "Unicode" text files. Only strict decoders are used: a decoder that replaced bad bytes would
 * silently turn a GBK file into UTF-8 mojibake that still "works" downstream.
 */
final class CharsetSniffer {

  static final Charset GB18030 = Charset.forName("GB18030");

  static final String BINARY_REASON = "binary content, not a text, HTML, DOCX or PDF report";
  static final String UNDECODABLE_REASON = "cannot be decoded as UTF-8, GB18030 or UTF-16";

  /** How many bytes at the start are looked at for the UTF-16 NUL pattern and the HTML charset. */
  private static final int SAMPLE_BYTES = 64 * 1024;

  /**
   * Names that GB18030 decodes as well: trying them before GB18030 would only rename the result.
   */
  private static final Set<String> GB_FAMILY =
      Set.of(
          "gb2312",
          "gbk",
          "x-gbk",
          "gb18030",
          "euc-cn",
          "x-euc-cn",
          "cp936",
          "ms936",
          "windows-936");

  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING =
      Pattern.compile(
          "<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

  /**
   * The decoded text, the charset that decoded it, and how many malformed byte runs were replaced
   * by U+FFFD (0 for a clean file).
   */
  record Decoded(String text, Charset charset, int replaced) {

    Decoded(String text, Charset charset) {
      this(text, charset, 0);
    }
  }

  /**
   * A file that is clean text but for a handful of bad bytes (a truncated download, one stray 0xFF)
   * is decoded with U+FFFD for them, as a reader would; more than this many per 10,000 bytes (and
   * at least one) and it is garbage or a wrong charset.
   */
  private static final int TOLERATED_PER_10K_BYTES = 2;

  private CharsetSniffer() {}

  /**
   * Decodes {@code bytes}: BOM first, then UTF-16 recognised by where its NUL bytes fall, then
   * strict UTF-8, then the hint (an HTML page's declared charset, if any), then strict GB18030.
   * UTF-8 goes before the hint because a page declaring gb2312 is often re-saved as UTF-8, and
   * valid UTF-8 is almost never a misread GBK text. A leading BOM is removed from the text.
   *
   * @param hint a declared charset, or {@code null}
   */
  static Decoded decode(byte[] bytes, Charset hint) throws UnreadableFileException {
    Optional<Decoded> byBom = decodeByBom(bytes);
    if (byBom.isPresent()) {
      return checked(byBom.get());
    }
    int sampleLength = Math.min(bytes.length, SAMPLE_BYTES);
    int nulAtEven = 0;
    int nulAtOdd = 0;
    for (int i = 0; i < sampleLength; i++) {
      if (bytes[i] == 0) {
        if ((i & 1) == 0) {
          nulAtEven++;
        } else {
          nulAtOdd++;
        }
      }
    }
    if (nulAtEven + nulAtOdd > 0) {
      return checked(decodeUtf16ByNulPattern(bytes, nulAtEven, nulAtOdd));
    }
    Optional<String> text = strictDecode(bytes, 0, StandardCharsets.UTF_8);
    if (text.isPresent()) {
      return checked(new Decoded(withoutBom(text.get()), StandardCharsets.UTF_8));
    }
    if (hint != null && !hint.equals(StandardCharsets.UTF_8) && !isGbFamily(hint)) {
      text = strictDecode(bytes, 0, hint);
      if (text.isPresent()) {
        return checked(new Decoded(withoutBom(text.get()), hint));
      }
    }
    text = strictDecode(bytes, 0, GB18030);
    if (text.isPresent()) {
      return checked(new Decoded(withoutBom(text.get()), GB18030));
    }
    Optional<Decoded> lenient =
        leniently(bytes, StandardCharsets.UTF_8).or(() -> leniently(bytes, GB18030));
    if (lenient.isPresent()) {
      return checked(lenient.get());
    }
    throw new UnreadableFileException(UnreadableFileException.Kind.UNDECODABLE, UNDECODABLE_REASON);
  }

  /**
   * The text with each malformed byte run replaced by U+FFFD, when there are only a handful of
   * them.
   */
  private static Optional<Decoded> leniently(byte[] bytes, Charset charset) {
    long tolerated = Math.max(1, bytes.length * (long) TOLERATED_PER_10K_BYTES / 10_000L);
    var decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 16);
    int replaced = 0;
    while (true) {
      java.nio.charset.CoderResult result = decoder.decode(in, out, true);
      if (result.isUnderflow()) {
        decoder.flush(out);
        break;
      }
      if (result.isOverflow()) {
        return Optional.empty(); // cannot happen: a byte never decodes to more than one char here
      }
      if (++replaced > tolerated) {
        return Optional.empty();
      }
      out.put('\uFFFD');
      in.position(in.position() + result.length());
    }
    out.flip();
    return Optional.of(new Decoded(withoutBom(out.toString()), charset, replaced));
  }

  /**
   * The charset an HTML page declares in {@code <meta charset>}, {@code <meta http-equiv
   * content="...; charset=...">} or an XML declaration, read from the raw bytes as ASCII.
   */
  static Optional<Charset> declaredHtmlCharset(byte[] bytes) {
    int sample = Math.min(bytes.length, SAMPLE_BYTES);
    if (!contains(bytes, sample, (byte) '<')) {
      return Optional.empty(); // both declarations open with '<': a plain text file has none
    }
    String head = new String(bytes, 0, sample, StandardCharsets.ISO_8859_1);
    for (Pattern pattern : new Pattern[] {META_CHARSET, XML_ENCODING}) {
      Matcher matcher = pattern.matcher(head);
      if (matcher.find()) {
        Optional<Charset> charset = charsetNamed(matcher.group(1));
        if (charset.isPresent()) {
          return charset;
        }
      }
    }
    return Optional.empty();
  }

  private static boolean contains(byte[] bytes, int length, byte wanted) {
    for (int i = 0; i < length; i++) {
      if (bytes[i] == wanted) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Charset> charsetNamed(String name) {
    try {
      return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
    } catch (IllegalCharsetNameException e) {
      return Optional.empty();
    }
  }

  private static boolean isGbFamily(Charset charset) {
    if (GB_FAMILY.contains(charset.name().toLowerCase(Locale.ROOT))) {
      return true;
    }
    return charset.aliases().stream()
        .anyMatch(alias -> GB_FAMILY.contains(alias.toLowerCase(Locale.ROOT)));
  }

  private static Optional<Decoded> decodeByBom(byte[] bytes) throws UnreadableFileException {
    Charset charset;
    int bomLength;
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      charset = StandardCharsets.UTF_8;
      bomLength = 3;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      bomLength = 2;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      bomLength = 2;
    } else {
      return Optional.empty();
    }
    // A BOM is a strong claim; bytes that then fail to decode are damaged, not some other charset.
    String text =
        strictDecode(bytes, bomLength, charset)
            .orElseThrow(
                () ->
                    new UnreadableFileException(
                        UnreadableFileException.Kind.UNDECODABLE, UNDECODABLE_REASON));
    return Optional.of(new Decoded(withoutBom(text), charset));
  }

  /**
   * UTF-16 without a BOM: ASCII characters (digits, line breaks) put a NUL in the high byte, so
   * NULs cluster on odd offsets for little-endian and even offsets for big-endian. Chinese
   * characters such as 一 (U+4E00) put a few NULs on the other side, hence a ratio rather than "none
   * at all". NULs spread evenly mean binary content.
   */
  private static Decoded decodeUtf16ByNulPattern(byte[] bytes, int nulAtEven, int nulAtOdd)
      throws UnreadableFileException {
    Charset charset;
    int dominant;
    if (nulAtOdd >= 4 * nulAtEven) {
      charset = StandardCharsets.UTF_16LE;
      dominant = nulAtOdd;
    } else if (nulAtEven >= 4 * nulAtOdd) {
      charset = StandardCharsets.UTF_16BE;
      dominant = nulAtEven;
    } else {
      throw binary();
    }
    // A stray NUL or two in UTF-8 or GBK text is not UTF-16: real UTF-16 reports are full of
    // ASCII digits and line breaks, so at least 1% of the sampled characters carry a NUL.
    int sampledChars = Math.min(bytes.length, SAMPLE_BYTES) / 2;
    if (dominant * 100L < sampledChars) {
      throw binary();
    }
    if ((bytes.length & 1) != 0) {
      throw binary();
    }
    String text = strictDecode(bytes, 0, charset).orElseThrow(CharsetSniffer::binary);
    return new Decoded(withoutBom(text), charset);
  }

  /**
   * Rejects decodings full of control characters: some binary files happen to decode strictly (as
   * UTF-16 or GB18030) but no report text is made of control codes.
   */
  private static Decoded checked(Decoded decoded) throws UnreadableFileException {
    String text = decoded.text();
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
        controls++;
      }
    }
    if (controls > 0 && controls * 100L > text.length()) {
      throw binary();
    }
    return decoded;
  }

  private static UnreadableFileException binary() {
    return new UnreadableFileException(UnreadableFileException.Kind.BINARY, BINARY_REASON);
  }

  /** The text if every byte decodes, else empty: a lenient decoder would hide a wrong guess. */
  private static Optional<String> strictDecode(byte[] bytes, int offset, Charset charset) {
    try {
      return Optional.of(
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static String withoutBom(String text) {
    return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
  }
}
