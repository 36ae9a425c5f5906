package se.trygghetsnav.walk;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Re-encodes an observation's photo from its pixels alone, so that EXIF, GPS and comments do not survive.
 * (The incident package's sanitizer is not reachable from here: incident is a leaf feature.)
 */
final class WalkPhoto {

    static final int MAX_SIDE = 2048;
    static final long MAX_PIXELS = 40_000_000L;
    private static final Set<String> ACCEPTED = Set.of("jpeg", "png");

    private WalkPhoto() {}

    /** The upload is not a JPEG or PNG that can be decoded, or is too large. */
    static class NotAPhotoException extends RuntimeException {
        NotAPhotoException() {
            super("Filen är inte en bild i formaten JPEG eller PNG");
        }
    }

    /** A JPEG with the upload's pixels and nothing else. */
    static byte[] sanitize(byte[] upload) {
        BufferedImage decoded = decode(upload);
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(decoded.getWidth(), decoded.getHeight()));
        int width = Math.max(1, (int) Math.round(decoded.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(decoded.getHeight() * scale));
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, width, height);
            graphics.drawImage(decoded, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(target, "jpeg", bytes);
        } catch (IOException e) {
            throw new NotAPhotoException();
        }
        return bytes.toByteArray();
    }

    private static BufferedImage decode(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new NotAPhotoException();
        }
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            while (readers.hasNext()) {
                ImageReader reader = readers.next();
                if (!ACCEPTED.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                try {
                    reader.setInput(input, true, true);
                    if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                        throw new NotAPhotoException();
                    }
                    return reader.read(0);
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new NotAPhotoException();
        }
        throw new NotAPhotoException();
    }
}
