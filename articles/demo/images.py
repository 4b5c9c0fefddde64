"""Pictures for the demo content, drawn with Pillow so nothing is downloaded."""

import io
import math
import random

from PIL import Image, ImageDraw, ImageFont

# Background, main and secondary colour per top-level section.
PALETTES = {
    "global-affairs": ("#e9eef5", "#13294b", "#c8a24a"),
    "economy": ("#f3efe6", "#7a4b12", "#2f6f6a"),
    "climate-and-energy": ("#e8f1ec", "#1f6b4a", "#d9a400"),
    "technology": ("#ecebf5", "#3b2f7a", "#0f8ca0"),
    "society": ("#f6ece9", "#9b1c1c", "#44546a"),
    "governance": ("#eeeeee", "#2b2b33", "#9b1c1c"),
}
DEFAULT_PALETTE = ("#eeeeee", "#13294b", "#c8a24a")


def _blend(colour, background, share):
    a = Image.new("RGB", (1, 1), colour).getpixel((0, 0))
    b = Image.new("RGB", (1, 1), background).getpixel((0, 0))
    return tuple(round(x * share + y * (1 - share)) for x, y in zip(a, b, strict=True))


def draw_motif(motif, palette, size=(1600, 900), seed="demo"):
    """Return JPEG bytes of an abstract illustration: bars, lines, waves, grid..."""
    rng = random.Random(seed)
    background, main, second = palette
    width, height = size
    image = Image.new("RGB", size, background)
    draw = ImageDraw.Draw(image)
    margin = width // 12
    if motif == "bars":
        count = 9
        slot = (width - 2 * margin) / count
        for i in range(count):
            bar = rng.uniform(0.2, 0.85) * (height - 2 * margin)
            colour = second if i == count - 3 else main
            x = margin + i * slot
            draw.rectangle(
                [
                    x + slot * 0.15,
                    height - margin - bar,
                    x + slot * 0.85,
                    height - margin,
                ],
                fill=colour,
            )
        draw.line(
            [margin, height - margin, width - margin, height - margin],
            fill=main,
            width=6,
        )
    elif motif == "lines":
        for series, colour in ((0, main), (1, second)):
            points = []
            level = rng.uniform(0.35, 0.65)
            for i in range(13):
                level = min(0.9, max(0.1, level + rng.uniform(-0.12, 0.12)))
                x = margin + i * (width - 2 * margin) / 12
                points.append((x, margin + (1 - level) * (height - 2 * margin)))
            draw.line(
                points, fill=colour, width=14 if series == 0 else 8, joint="curve"
            )
        for i in range(5):
            y = margin + i * (height - 2 * margin) / 4
            draw.line(
                [margin, y, width - margin, y],
                fill=_blend(main, background, 0.15),
                width=2,
            )
    elif motif == "waves":
        for band in range(7):
            share = 0.25 + band * 0.11
            colour = _blend(main if band % 3 else second, background, min(share, 1))
            base = height * (0.25 + band * 0.1)
            phase = rng.uniform(0, math.tau)
            points = [(0, height)]
            for x in range(0, width + 20, 20):
                points.append((x, base + math.sin(x / 170 + phase) * 40))
            points.append((width, height))
            draw.polygon(points, fill=colour)
    elif motif == "grid":
        cell = width // 16
        for row in range(height // cell + 1):
            for col in range(16):
                pick = rng.random()
                if pick < 0.45:
                    colour = _blend(main, background, rng.uniform(0.35, 1))
                elif pick < 0.55:
                    colour = second
                else:
                    continue
                x, y = col * cell, row * cell
                draw.rectangle([x + 6, y + 6, x + cell - 6, y + cell - 6], fill=colour)
    elif motif == "circles":
        for i in range(7):
            r = rng.uniform(0.12, 0.3) * height
            cx = rng.uniform(margin + r, width - margin - r)
            cy = rng.uniform(margin, height - margin)
            colour = _blend(
                second if i % 3 == 0 else main, background, rng.uniform(0.45, 0.9)
            )
            draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=colour, width=18)
    else:  # network
        nodes = [
            (rng.uniform(margin, width - margin), rng.uniform(margin, height - margin))
            for _ in range(18)
        ]
        for i, a in enumerate(nodes):
            for b in nodes[i + 1 :]:
                if math.dist(a, b) < width / 4.5:
                    draw.line([a, b], fill=_blend(main, background, 0.5), width=4)
        for i, (x, y) in enumerate(nodes):
            r = 22 if i % 4 else 34
            draw.ellipse(
                [x - r, y - r, x + r, y + r], fill=second if i % 4 == 0 else main
            )
    return _jpeg(image)


def draw_portrait(hue, seed):
    """A simple head-and-shoulders silhouette on a coloured ground."""
    rng = random.Random(seed)
    size = 480
    ground = f"hsl({hue}, 35%, 82%)"
    figure = f"hsl({hue}, 30%, {rng.randint(22, 38)}%)"
    image = Image.new("RGB", (size, size), ground)
    draw = ImageDraw.Draw(image)
    draw.ellipse([size * 0.15, size * 0.62, size * 0.85, size * 1.25], fill=figure)
    draw.ellipse([size * 0.32, size * 0.18, size * 0.68, size * 0.58], fill=figure)
    return _jpeg(image)


def draw_banner(text, subtext, palette, size):
    """A house advertisement with a headline and a call to action."""
    background, main, second = palette
    image = Image.new("RGB", size, main)
    draw = ImageDraw.Draw(image)
    width, height = size
    draw.rectangle([0, 0, 12, height], fill=second)
    big = _fitting_font(draw, text, width - 64, height // 4)
    small = _fitting_font(draw, subtext, width - 64, height // 7)
    draw.text((32, height * 0.2), text, font=big, fill="#ffffff")
    draw.text((32, height * 0.62), subtext, font=small, fill=background)
    return _jpeg(image)


def _fitting_font(draw, text, max_width, size):
    """The built-in font at `size`, shrunk until `text` fits in `max_width`."""
    while size > 10:
        font = ImageFont.load_default(size=size)
        if draw.textlength(text, font=font) <= max_width:
            return font
        size -= 2
    return ImageFont.load_default(size=size)


def _jpeg(image):
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=82, optimize=True, progressive=True)
    return buffer.getvalue()
