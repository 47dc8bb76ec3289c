"""Turn an uploaded file into the square JPEGs podium publishes, or say why not.

Only the JPEG, PNG and WebP decoders of Pillow ever see the upload, and the pixel count
the header claims is checked before any pixel is decoded, so a small file that would
expand to gigabytes (a decompression bomb) is refused cheaply. The output is re-encoded
from the pixels alone: EXIF (camera, location), XMP, ICC and text chunks are left behind.
"""

import hashlib
import warnings
from dataclasses import dataclass
from io import BytesIO

from PIL import Image, ImageOps, UnidentifiedImageError

FORMATS = ("JPEG", "PNG", "WEBP")
# The published size (what Sessionize serves as profilePicture: 400 by 400) and a
# thumbnail for lists, embeds and the console.
SIZES = (400, 120)
# A 40-megapixel photo is far above any portrait; decoding it costs about 160 MB.
MAX_PIXELS = 40_000_000
# Faces sit in the upper part of most portraits: crop a little above the middle.
CENTERING = (0.5, 0.4)


class PhotoError(ValueError):
    """The upload is no photo podium takes; the message says why."""


@dataclass(frozen=True)
class Photo:
    digest: str  # of the largest variant: the same content always gets the same name
    variants: dict[int, bytes]  # side in pixels -> JPEG bytes


NOT_AN_IMAGE = (
    "The file is not a JPEG, PNG or WebP image (its content is checked, not its name or type)."
)


def open_image(data: bytes) -> Image.Image:
    with warnings.catch_warnings():
        # Pillow only warns between its own limit and twice that: refuse it all.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(BytesIO(data), formats=FORMATS)
        except (UnidentifiedImageError, Image.DecompressionBombWarning) as problem:
            raise PhotoError(NOT_AN_IMAGE) from problem
        except Image.DecompressionBombError as problem:
            raise PhotoError(f"The image is too large to decode safely: {problem}") from problem
        width, height = image.size
        if width * height > MAX_PIXELS:
            raise PhotoError(
                f"The image is {width} × {height} pixels; the limit is "
                f"{MAX_PIXELS // 1_000_000} megapixels."
            )
        try:
            image.load()
        except (OSError, SyntaxError, ValueError) as problem:
            raise PhotoError(f"The image is damaged and cannot be read: {problem}") from problem
    return image


def flatten(image: Image.Image) -> Image.Image:
    """RGB pixels only, transparency on white, turned the way the camera meant."""
    image = ImageOps.exif_transpose(image)
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, "white")
        image = Image.alpha_composite(background, rgba)
    return image.convert("RGB")


def encode(image: Image.Image, side: int) -> bytes:
    side = min(side, *image.size)
    square = ImageOps.fit(image, (side, side), Image.Resampling.LANCZOS, centering=CENTERING)
    # A new image carries no metadata of the upload at all.
    clean = Image.new("RGB", square.size)
    clean.paste(square)
    out = BytesIO()
    clean.save(out, "JPEG", quality=85, optimize=True)
    return out.getvalue()


def process(data: bytes) -> Photo:
    image = open_image(data)
    try:
        image = flatten(image)
    except (OSError, SyntaxError, ValueError, TypeError) as problem:
        # Pixels that decode but metadata (the orientation tag) that does not.
        raise PhotoError(f"The image is damaged and cannot be read: {problem}") from problem
    variants = {side: encode(image, side) for side in SIZES}
    digest = hashlib.sha256(variants[SIZES[0]]).hexdigest()[:32]
    return Photo(digest, variants)
