package se.trygghetsnav.platform;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Re-encodes an uploaded photo from its pixels alone, so that nothing else it carried (EXIF, GPS position,
 * comments, colour profiles) survives. The result is always a JPEG no larger than 2048 px on its longest side.
 */
public final class ImageSanitizer {

    /** The largest photo file accepted, before re-encoding: the same for every upload form and API. */
    public static final int MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
    static final int MAX_SIDE = 2048;
    static final long MAX_PIXELS = 40_000_000L;

    private static final Set<String> ACCEPTED_FORMATS = Set.of("jpeg", "png");
    private static final float JPEG_QUALITY = 0.85f;
    private static final int NORMAL_ORIENTATION = 1;

    private ImageSanitizer() {}

    /** The re-encoded photo; content is a JPEG of width × height pixels. */
    public record SanitizedImage(byte[] content, String contentType, int width, int height) {}

    /** The upload is not a JPEG or PNG that can be decoded. */
    public static class NotAnImageException extends RuntimeException {
        NotAnImageException() {
            super("Filen är inte en bild i formaten JPEG eller PNG");
        }
    }

    /** The upload is over {@link #MAX_UPLOAD_BYTES}, or declares more pixels than we are willing to decode. */
    public static class ImageTooLargeException extends RuntimeException {
        ImageTooLargeException(String message) {
            super(message);
        }
    }

    public static SanitizedImage sanitize(byte[] upload) {
        BufferedImage decoded = decode(upload);
        BufferedImage scaled = opaqueRgbWithin(decoded, MAX_SIDE);
        BufferedImage upright = orient(scaled, exifOrientation(upload));
        return new SanitizedImage(encodeJpeg(upright), "image/jpeg", upright.getWidth(), upright.getHeight());
    }

    private static BufferedImage decode(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new NotAnImageException();
        }
        if (upload.length > MAX_UPLOAD_BYTES) {
            throw new ImageTooLargeException("Bilden får vara högst 10 MB");
        }
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
            ImageReader reader = acceptedReader(input);
            try {
                reader.setInput(input, true, true);
                // The header alone tells the size; refusing here keeps a small file from decoding into gigabytes.
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw new ImageTooLargeException("Bilden har för många bildpunkter");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (ImageTooLargeException | NotAnImageException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Broken files make the decoders throw all kinds of runtime exceptions, not only IIOException.
            throw new NotAnImageException();
        }
    }

    private static ImageReader acceptedReader(ImageInputStream input) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            if (ACCEPTED_FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
                return reader;
            }
        }
        throw new NotAnImageException();
    }

    /**
     * Draws the image on white (JPEG has no transparency) at most maxSide on its longest side. Large reductions
     * are made in halving steps, since a single bilinear step from far above the target size looks jagged.
     */
    static BufferedImage opaqueRgbWithin(BufferedImage source, int maxSide) {
        double scale = Math.min(1.0, (double) maxSide / Math.max(source.getWidth(), source.getHeight()));
        int targetWidth = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int targetHeight = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage current = source;
        do {
            int width = Math.max(targetWidth, current.getWidth() / 2);
            int height = Math.max(targetHeight, current.getHeight() / 2);
            current = redraw(current, width, height);
        } while (current.getWidth() != targetWidth || current.getHeight() != targetHeight);
        return current;
    }

    private static BufferedImage redraw(BufferedImage source, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, width, height);
            graphics.drawImage(source, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    private static byte[] encodeJpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam parameters = writer.getDefaultWriteParam();
            parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            parameters.setCompressionQuality(JPEG_QUALITY);
            writer.setOutput(output);
            writer.write(null, new IIOImage(image, null, null), parameters);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing a JPEG to memory failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * Phone cameras often store the picture sideways and say so only in the EXIF orientation tag; as the
     * metadata is dropped, the rotation has to be applied to the pixels instead.
     */
    static BufferedImage orient(BufferedImage image, int orientation) {
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform transform = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> null;
        };
        if (transform == null) {
            return image;
        }
        boolean turned = orientation >= 5;
        BufferedImage target = new BufferedImage(turned ? h : w, turned ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.drawImage(image, transform, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    /** The orientation tag (1–8) from a JPEG's EXIF segment, or 1 when there is none. */
    static int exifOrientation(byte[] jpeg) {
        if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
            return NORMAL_ORIENTATION;
        }
        int position = 2;
        while (position + 4 <= jpeg.length && (jpeg[position] & 0xFF) == 0xFF) {
            int marker = jpeg[position + 1] & 0xFF;
            if (marker == 0xDA || marker == 0xD9) { // start of scan or end of image: no more metadata
                break;
            }
            int end = position + 2 + unsigned16(jpeg, position + 2, false);
            if (end > jpeg.length) {
                break;
            }
            int start = position + 4;
            if (marker == 0xE1 && end - start >= 6 && startsWith(jpeg, start, "Exif\0\0")) {
                return orientationInTiff(jpeg, start + 6, end);
            }
            position = end;
        }
        return NORMAL_ORIENTATION;
    }

    private static int orientationInTiff(byte[] bytes, int tiff, int end) {
        if (tiff + 8 > end) {
            return NORMAL_ORIENTATION;
        }
        boolean littleEndian = startsWith(bytes, tiff, "II");
        if (!littleEndian && !startsWith(bytes, tiff, "MM")) {
            return NORMAL_ORIENTATION;
        }
        long firstDirectory = tiff + unsigned32(bytes, tiff + 4, littleEndian);
        if (firstDirectory + 2 > end) {
            return NORMAL_ORIENTATION;
        }
        int directory = (int) firstDirectory;
        int entries = unsigned16(bytes, directory, littleEndian);
        for (int i = 0; i < entries; i++) {
            int entry = directory + 2 + 12 * i;
            if (entry + 12 > end) {
                break;
            }
            boolean orientationTag = unsigned16(bytes, entry, littleEndian) == 0x0112;
            boolean shortValue = unsigned16(bytes, entry + 2, littleEndian) == 3;
            if (orientationTag && shortValue) {
                int orientation = unsigned16(bytes, entry + 8, littleEndian);
                return orientation >= 1 && orientation <= 8 ? orientation : NORMAL_ORIENTATION;
            }
        }
        return NORMAL_ORIENTATION;
    }

    private static boolean startsWith(byte[] bytes, int offset, String ascii) {
        if (offset + ascii.length() > bytes.length) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (bytes[offset + i] != (byte) ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int unsigned16(byte[] bytes, int offset, boolean littleEndian) {
        int first = bytes[offset] & 0xFF;
        int second = bytes[offset + 1] & 0xFF;
        return littleEndian ? second << 8 | first : first << 8 | second;
    }

    private static long unsigned32(byte[] bytes, int offset, boolean littleEndian) {
        long high = unsigned16(bytes, offset + (littleEndian ? 2 : 0), littleEndian);
        long low = unsigned16(bytes, offset + (littleEndian ? 0 : 2), littleEndian);
        return high << 16 | low;
    }
}
