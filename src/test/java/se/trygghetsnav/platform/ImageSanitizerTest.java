package se.trygghetsnav.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageSanitizerTest {

    private static final String MARKER = "GPSLatitude-TESTMARKER";

    @Test
    void dropsTheExifSegmentOfAJpeg() throws IOException {
        byte[] upload = withApp1(jpeg(image(320, 240, BufferedImage.TYPE_INT_RGB)), exif(ByteOrder.BIG_ENDIAN, 0));
        assertThat(contains(upload, MARKER)).isTrue();
        assertThat(decode(upload).getWidth()).isEqualTo(320); // ImageIO still reads the doctored original

        ImageSanitizer.SanitizedImage sanitized = ImageSanitizer.sanitize(upload);

        assertThat(contains(sanitized.content(), MARKER)).isFalse();
        assertThat(contains(sanitized.content(), "GPS")).isFalse();
        assertThat(contains(sanitized.content(), "Exif")).isFalse();
        assertThat(sanitized.contentType()).isEqualTo("image/jpeg");
        assertThat(sanitized.width()).isEqualTo(320);
        assertThat(sanitized.height()).isEqualTo(240);
        assertThat(formatOf(sanitized.content())).isEqualTo("jpeg");
        BufferedImage decoded = decode(sanitized.content());
        assertThat(decoded.getWidth()).isEqualTo(320);
        assertThat(decoded.getHeight()).isEqualTo(240);
        assertThat(isReddish(decoded.getRGB(40, 120))).isTrue();
        assertThat(isBluish(decoded.getRGB(280, 120))).isTrue();
    }

    @Test
    void dropsTheTextChunkOfAPng() throws IOException {
        byte[] upload = withTextChunk(png(image(200, 100, BufferedImage.TYPE_INT_RGB)), "Comment", MARKER);
        assertThat(contains(upload, MARKER)).isTrue();
        assertThat(decode(upload).getWidth()).isEqualTo(200);

        ImageSanitizer.SanitizedImage sanitized = ImageSanitizer.sanitize(upload);

        assertThat(contains(sanitized.content(), MARKER)).isFalse();
        assertThat(contains(sanitized.content(), "Comment")).isFalse();
        assertThat(sanitized.contentType()).isEqualTo("image/jpeg");
        assertThat(formatOf(sanitized.content())).isEqualTo("jpeg");
        assertThat(decode(sanitized.content()).getWidth()).isEqualTo(200);
        assertThat(decode(sanitized.content()).getHeight()).isEqualTo(100);
    }

    @Test
    void putsTransparentPixelsOnWhite() throws IOException {
        BufferedImage transparent = new BufferedImage(64, 64, BufferedImage.TYPE_INT_ARGB);

        BufferedImage decoded = decode(ImageSanitizer.sanitize(png(transparent)).content());

        Color pixel = new Color(decoded.getRGB(32, 32));
        assertThat(pixel.getRed()).isGreaterThan(245);
        assertThat(pixel.getGreen()).isGreaterThan(245);
        assertThat(pixel.getBlue()).isGreaterThan(245);
    }

    @Test
    void scalesALargePhotoDownToTheMaximumSide() throws IOException {
        byte[] upload = jpeg(image(4000, 3000, BufferedImage.TYPE_INT_RGB));

        ImageSanitizer.SanitizedImage sanitized = ImageSanitizer.sanitize(upload);

        assertThat(sanitized.width()).isEqualTo(2048);
        assertThat(sanitized.height()).isEqualTo(1536);
        BufferedImage decoded = decode(sanitized.content());
        assertThat(decoded.getWidth()).isEqualTo(2048);
        assertThat(decoded.getHeight()).isEqualTo(1536);
        assertThat(isReddish(decoded.getRGB(200, 768))).isTrue();
        assertThat(isBluish(decoded.getRGB(1800, 768))).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"1000, 3000, 683, 2048", "9000, 300, 2048, 68", "2048, 2048, 2048, 2048", "2049, 10, 2048, 10",
            "1, 1, 1, 1"})
    void keepsTheAspectRatio(int width, int height, int expectedWidth, int expectedHeight) throws IOException {
        byte[] upload = png(image(width, height, BufferedImage.TYPE_INT_RGB));

        ImageSanitizer.SanitizedImage sanitized = ImageSanitizer.sanitize(upload);

        assertThat(sanitized.width()).isEqualTo(expectedWidth);
        assertThat(sanitized.height()).isEqualTo(expectedHeight);
        assertThat(decode(sanitized.content()).getWidth()).isEqualTo(expectedWidth);
    }

    @Test
    void turnsAPhotoUprightByItsExifOrientation() throws IOException {
        // Orientation 6: stored sideways, to be shown turned 90° clockwise, so the left (red) half ends up on top.
        byte[] upload = withApp1(jpeg(image(320, 240, BufferedImage.TYPE_INT_RGB)), exif(ByteOrder.LITTLE_ENDIAN, 6));

        ImageSanitizer.SanitizedImage sanitized = ImageSanitizer.sanitize(upload);

        assertThat(sanitized.width()).isEqualTo(240);
        assertThat(sanitized.height()).isEqualTo(320);
        BufferedImage decoded = decode(sanitized.content());
        assertThat(decoded.getWidth()).isEqualTo(240);
        assertThat(isReddish(decoded.getRGB(120, 40))).isTrue();
        assertThat(isBluish(decoded.getRGB(120, 280))).isTrue();
        assertThat(contains(sanitized.content(), "Exif")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
            // orientation, where the red top-left quarter of the stored picture ends up (x, y) in a 40x20 result
            "1, 10, 5", "2, 30, 5", "3, 30, 15", "4, 10, 15",
            "5, 5, 10", "6, 15, 10", "7, 15, 30", "8, 5, 30",
    })
    void appliesEachOfTheEightOrientations(int orientation, int redX, int redY) {
        BufferedImage stored = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = stored.createGraphics();
        graphics.setColor(Color.BLUE);
        graphics.fillRect(0, 0, 40, 20);
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, 20, 10);
        graphics.dispose();

        BufferedImage upright = ImageSanitizer.orient(stored, orientation);

        assertThat(upright.getWidth()).isEqualTo(orientation >= 5 ? 20 : 40);
        assertThat(upright.getRGB(redX, redY)).isEqualTo(Color.RED.getRGB());
        int red = 0;
        for (int x = 0; x < upright.getWidth(); x++) {
            for (int y = 0; y < upright.getHeight(); y++) {
                red += upright.getRGB(x, y) == Color.RED.getRGB() ? 1 : 0;
            }
        }
        assertThat(red).isEqualTo(200);
    }

    @Test
    void readsTheOrientationFromEitherByteOrderAndIgnoresOtherFiles() throws IOException {
        byte[] plain = jpeg(image(16, 16, BufferedImage.TYPE_INT_RGB));

        assertThat(ImageSanitizer.exifOrientation(withApp1(plain, exif(ByteOrder.BIG_ENDIAN, 8)))).isEqualTo(8);
        assertThat(ImageSanitizer.exifOrientation(withApp1(plain, exif(ByteOrder.LITTLE_ENDIAN, 3)))).isEqualTo(3);
        assertThat(ImageSanitizer.exifOrientation(withApp1(plain, exif(ByteOrder.LITTLE_ENDIAN, 0)))).isEqualTo(1);
        assertThat(ImageSanitizer.exifOrientation(plain)).isEqualTo(1);
        assertThat(ImageSanitizer.exifOrientation(png(image(16, 16, BufferedImage.TYPE_INT_RGB)))).isEqualTo(1);
        assertThat(ImageSanitizer.exifOrientation(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0x7F}))
                .isEqualTo(1);
    }

    @Test
    void refusesGarbage() {
        byte[] garbage = "det här är ingen bild, bara text".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ImageSanitizer.sanitize(garbage))
                .isInstanceOf(ImageSanitizer.NotAnImageException.class)
                .hasMessage("Filen är inte en bild i formaten JPEG eller PNG");
    }

    @Test
    void refusesAnEmptyUpload() {
        assertThatThrownBy(() -> ImageSanitizer.sanitize(new byte[0]))
                .isInstanceOf(ImageSanitizer.NotAnImageException.class);
        assertThatThrownBy(() -> ImageSanitizer.sanitize(null))
                .isInstanceOf(ImageSanitizer.NotAnImageException.class);
    }

    @Test
    void refusesOtherImageFormats() throws IOException {
        ByteArrayOutputStream gif = new ByteArrayOutputStream();
        ImageIO.write(image(32, 32, BufferedImage.TYPE_INT_RGB), "gif", gif);
        ByteArrayOutputStream bmp = new ByteArrayOutputStream();
        ImageIO.write(image(32, 32, BufferedImage.TYPE_INT_RGB), "bmp", bmp);

        assertThatThrownBy(() -> ImageSanitizer.sanitize(gif.toByteArray()))
                .isInstanceOf(ImageSanitizer.NotAnImageException.class);
        assertThatThrownBy(() -> ImageSanitizer.sanitize(bmp.toByteArray()))
                .isInstanceOf(ImageSanitizer.NotAnImageException.class);
    }

    @Test
    void refusesATruncatedJpegHeader() throws IOException {
        byte[] truncated = Arrays.copyOf(jpeg(image(64, 64, BufferedImage.TYPE_INT_RGB)), 40);

        assertThatThrownBy(() -> ImageSanitizer.sanitize(truncated))
                .isInstanceOf(ImageSanitizer.NotAnImageException.class);
    }

    @Test
    void refusesADecompressionBombBeforeDecodingIt() {
        // A PNG header that promises 10 000 × 5 000 pixels (50 megapixels) and carries no pixel data at all.
        byte[] bomb = pngHeaderOnly(10_000, 5_000);

        assertThatThrownBy(() -> ImageSanitizer.sanitize(bomb))
                .isInstanceOf(ImageSanitizer.ImageTooLargeException.class)
                .hasMessage("Bilden har för många bildpunkter");
    }

    @Test
    void refusesAFileOverTenMegabytesWithoutReadingIt() {
        byte[] huge = Arrays.copyOf(pngHeaderOnly(100, 100), ImageSanitizer.MAX_UPLOAD_BYTES + 1);

        assertThatThrownBy(() -> ImageSanitizer.sanitize(huge))
                .isInstanceOf(ImageSanitizer.ImageTooLargeException.class)
                .hasMessage("Bilden får vara högst 10 MB");
    }

    /** Left half red, right half blue. */
    private static BufferedImage image(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, width / 2, height);
        graphics.setColor(Color.BLUE);
        graphics.fillRect(width / 2, 0, width - width / 2, height);
        graphics.dispose();
        return image;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, "jpeg", out)).isTrue();
        return out.toByteArray();
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, "png", out)).isTrue();
        return out.toByteArray();
    }

    /**
     * "Exif\0\0" and a TIFF structure with one IFD entry (the orientation, left out when 0), followed by the
     * kind of text a GPS sub-directory would hold.
     */
    private static byte[] exif(ByteOrder order, int orientation) {
        byte[] marker = MARKER.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(6 + 8 + 2 + 12 + 4 + marker.length).order(order);
        tiff.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        tiff.put((order == ByteOrder.LITTLE_ENDIAN ? "II" : "MM").getBytes(StandardCharsets.US_ASCII));
        tiff.putShort((short) 42).putInt(8);
        tiff.putShort((short) 1);
        tiff.putShort((short) (orientation == 0 ? 0x010F : 0x0112)).putShort((short) 3).putInt(1);
        tiff.putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        tiff.put(marker);
        return tiff.array();
    }

    /** Inserts an APP1 segment right after the SOI marker. */
    private static byte[] withApp1(byte[] jpeg, byte[] payload) {
        ByteBuffer result = ByteBuffer.allocate(jpeg.length + 4 + payload.length);
        result.put(jpeg, 0, 2);
        result.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (payload.length + 2)).put(payload);
        result.put(jpeg, 2, jpeg.length - 2);
        return result.array();
    }

    /** Inserts a tEXt chunk right after the IHDR chunk (8 bytes of signature, 25 of IHDR). */
    private static byte[] withTextChunk(byte[] png, String keyword, String text) {
        return insertChunk(png, 33, chunk("tEXt", (keyword + "\0" + text).getBytes(StandardCharsets.ISO_8859_1)));
    }

    private static byte[] pngHeaderOnly(int width, int height) {
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        ByteBuffer png = ByteBuffer.allocate(8 + 25 + 12);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        png.put(chunk("IHDR", header.array()));
        png.put(chunk("IEND", new byte[0]));
        return png.array();
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }

    private static byte[] insertChunk(byte[] png, int offset, byte[] chunk) {
        return ByteBuffer.allocate(png.length + chunk.length)
                .put(png, 0, offset).put(chunk).put(png, offset, png.length - offset).array();
    }

    private static BufferedImage decode(byte[] bytes) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        assertThat(image).isNotNull();
        return image;
    }

    private static String formatOf(byte[] bytes) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = ImageIO.getImageReaders(input).next();
            return reader.getFormatName().toLowerCase();
        }
    }

    private static boolean contains(byte[] haystack, String needle) {
        byte[] bytes = needle.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + bytes.length <= haystack.length; i++) {
            for (int j = 0; j < bytes.length; j++) {
                if (haystack[i + j] != bytes[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean isReddish(int rgb) {
        Color color = new Color(rgb);
        return color.getRed() > 200 && color.getBlue() < 60 && color.getGreen() < 60;
    }

    private static boolean isBluish(int rgb) {
        Color color = new Color(rgb);
        return color.getBlue() > 200 && color.getRed() < 60 && color.getGreen() < 60;
    }
}
