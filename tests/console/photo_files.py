"""Image files made on the spot for the photo tests: nothing is read from disk."""

import struct
import zlib
from io import BytesIO

from PIL import Image

CAMERA = "Podium Test Camera 9000"


def picture(width: int, height: int, mode: str = "RGB") -> Image.Image:
    image = Image.new(mode, (width, height))
    pixels = [
        (x * 255 // width, y * 255 // height, 128, 255)[: len(mode)]
        for y in range(height)
        for x in range(width)
    ]
    image.putdata(pixels)
    return image


def encoded(image: Image.Image, format: str, **options) -> bytes:
    out = BytesIO()
    image.save(out, format, **options)
    return out.getvalue()


def jpeg_with_exif(width: int = 640, height: int = 480) -> bytes:
    exif = Image.Exif()
    exif[0x010F] = CAMERA  # Make
    exif[0x013B] = "Ada Lovelace"  # Artist
    return encoded(picture(width, height), "JPEG", exif=exif.tobytes())


def png_transparent(width: int = 300, height: int = 300) -> bytes:
    image = picture(width, height, "RGBA")
    image.putpixel((0, 0), (0, 0, 0, 0))
    for x in range(width):
        for y in range(40):
            image.putpixel((x, y), (0, 0, 0, 0))
    return encoded(image, "PNG")


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims ``width`` × ``height`` pixels (a decompression bomb)."""
    data = bytearray(encoded(picture(1, 1), "PNG"))
    # Signature (8 bytes), chunk length (4), "IHDR" (4), then width and height.
    data[16:24] = struct.pack(">II", width, height)
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(data[12:29])))
    return bytes(data)
