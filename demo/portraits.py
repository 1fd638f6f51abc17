"""Drawn portraits of the demo's leaders: a stylised head and shoulders, never a likeness.

Each person gets their own background, jacket and hair from a seed in the data, so the
cards tell people apart while showing plainly that they are illustrations.
"""

import io
import random
from typing import Any

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw, ImageFilter
from wagtail.models import Collection

from demo.images import HAIR, SKIN
from portal.models import PortalImage

SIZE = (900, 1200)  # 3:4, as the leaders' cards show them
BACKGROUNDS = [(214, 226, 238), (226, 232, 222), (238, 230, 218), (222, 222, 232), (240, 226, 226)]
JACKETS = [(38, 52, 84), (52, 56, 64), (70, 44, 40), (34, 66, 70), (86, 86, 96)]
SHIRTS = [(250, 250, 250), (232, 238, 246)]
TIES = [(170, 24, 38), (120, 20, 30), (40, 60, 120)]


def draw_portrait(seed: int, hair: str = "short") -> bytes:
    """A JPEG: a neutral silhouette on a plain background; ``hair`` is "short" or "long"."""
    rng = random.Random(seed)
    width, height = SIZE
    background = BACKGROUNDS[seed % len(BACKGROUNDS)]  # neighbours differ
    image = Image.new("RGB", SIZE, background)
    draw = ImageDraw.Draw(image)
    # A soft light behind the head, as in a studio.
    glow = Image.new("L", SIZE, 0)
    ImageDraw.Draw(glow).ellipse([150, 150, 750, 750], fill=70)
    light = Image.new("RGB", SIZE, (255, 255, 255))
    image = Image.composite(light, image, glow.filter(ImageFilter.GaussianBlur(120)))
    draw = ImageDraw.Draw(image)
    cx = width / 2 + rng.uniform(-20, 20)
    skin, hair_colour, jacket = rng.choice(SKIN), rng.choice(HAIR), rng.choice(JACKETS)
    head_w, head_h = rng.uniform(165, 190), rng.uniform(215, 240)
    head_top = 300
    if hair == "long":  # hair falling behind the shoulders
        draw.rounded_rectangle(
            [cx - head_w - 30, head_top - 20, cx + head_w + 30, head_top + 2 * head_h + 120],
            radius=140,
            fill=hair_colour,
        )
    # Shoulders and jacket, then the shirt's V and (for short hair) a tie.
    shoulders_top = head_top + 2 * head_h + 30
    draw.rounded_rectangle(
        [cx - 390, shoulders_top, cx + 390, height + 200], radius=220, fill=jacket
    )
    neck = [cx - 70, head_top + 2 * head_h - 60, cx + 70, shoulders_top + 40]
    draw.rectangle(neck, fill=skin)
    v = [(cx - 120, shoulders_top), (cx + 120, shoulders_top), (cx, shoulders_top + 330)]
    draw.polygon(v, fill=rng.choice(SHIRTS))
    if hair == "short":
        tie = rng.choice(TIES)
        knot = shoulders_top + 20
        draw.polygon([(cx - 28, knot), (cx + 28, knot), (cx, knot + 280)], fill=tie)
    # Head, then hair over its top.
    draw.ellipse([cx - head_w, head_top, cx + head_w, head_top + 2 * head_h], fill=skin)
    parting = rng.choice([150, 180, 200])
    draw.chord(
        [cx - head_w - 12, head_top - 30, cx + head_w + 12, head_top + head_h + 40],
        parting,
        parting + 200 if hair == "short" else 360,
        fill=hair_colour,
    )
    if hair == "long":
        draw.chord(
            [cx - head_w - 12, head_top - 30, cx + head_w + 12, head_top + head_h + 40],
            180,
            360,
            fill=hair_colour,
        )
    buffer = io.BytesIO()
    image.filter(ImageFilter.GaussianBlur(1.2)).save(buffer, "JPEG", quality=85, optimize=True)
    return buffer.getvalue()


def portrait_image(person: dict[str, Any], collection: Collection) -> PortalImage:
    """The stored portrait of a leader of the data files, drawn the first time."""
    title = f"Chân dung minh họa: {person['name']}"
    image = PortalImage.objects.filter(title=title).first()
    if image is not None:
        return image
    look = person["portrait"]
    image = PortalImage(
        file=ImageFile(io.BytesIO(draw_portrait(look["seed"], look["hair"])), name="chan-dung.jpg"),
        title=title,
        description=(
            f"Hình vẽ minh họa thay ảnh chân dung đồng chí {person['name']}: hình bán thân "
            "cách điệu, không có nét mặt, trên nền một màu."
        ),
        caption=f"Đồng chí {person['name']}. (Ảnh minh họa)",
        credit="",
        collection=collection,
    )
    image.save()
    return image
