"""Demo pictures drawn with Pillow: simple scenes, no text, nothing downloaded."""

import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter

WIDTH, HEIGHT = 1600, 900
RED, DARK_RED, GOLD = (200, 16, 46), (120, 10, 20), (255, 205, 60)
SKIN = [(241, 200, 170), (224, 178, 140), (204, 150, 115)]
HAIR = [(30, 25, 22), (55, 40, 30), (20, 20, 20)]
SHIRTS = [(250, 250, 250), (40, 70, 140), (230, 230, 235), (60, 60, 70), (180, 30, 40)]


def _gradient(top, bottom, size=(WIDTH, HEIGHT)):
    base = Image.new("RGB", size, top)
    draw = ImageDraw.Draw(base)
    for y in range(size[1]):
        t = y / max(size[1] - 1, 1)
        draw.line(
            [(0, y), (size[0], y)],
            fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)),
        )
    return base


def _star(draw, cx, cy, radius, fill):
    points = []
    for i in range(10):
        angle = -math.pi / 2 + i * math.pi / 5
        r = radius if i % 2 == 0 else radius * 0.382
        points.append((cx + r * math.cos(angle), cy + r * math.sin(angle)))
    draw.polygon(points, fill=fill)


def _person(draw, rng, x, y, scale, shirt=None):
    """A seated or standing figure seen from the front: head, hair, shoulders."""
    shirt = shirt or rng.choice(SHIRTS)
    w = 46 * scale
    draw.rounded_rectangle([x - w, y, x + w, y + 90 * scale], radius=int(22 * scale), fill=shirt)
    draw.ellipse(
        [x - 20 * scale, y - 44 * scale, x + 20 * scale, y + 2 * scale], fill=rng.choice(SKIN)
    )
    draw.chord(
        [x - 21 * scale, y - 46 * scale, x + 21 * scale, y - 8 * scale],
        180,
        360,
        fill=rng.choice(HAIR),
    )


def _audience(draw, rng, rows, top, bottom, shirt=None):
    for row in range(rows):
        t = row / max(rows - 1, 1)
        y = top + (bottom - top) * t
        scale = 0.55 + 0.75 * t
        step = 110 * scale
        offset = rng.uniform(0, step)
        x = -step + offset
        while x < WIDTH + step:
            _person(draw, rng, x, y, scale, shirt)
            x += step * rng.uniform(0.9, 1.1)


def _hall(draw, rng, banner=True):
    draw.rectangle([0, 0, WIDTH, 520], fill=(236, 226, 210))
    draw.rectangle([0, 520, WIDTH, HEIGHT], fill=(150, 40, 45))
    if banner:
        draw.rectangle([220, 60, WIDTH - 220, 250], fill=RED)
        draw.rectangle([220, 250, WIDTH - 220, 262], fill=GOLD)
        _star(draw, WIDTH / 2, 155, 70, GOLD)
    draw.rectangle([0, 430, WIDTH, 470], fill=(110, 70, 50))
    for x in range(260, WIDTH - 200, 180):
        draw.ellipse(
            [x, 380, x + 60, 440], fill=rng.choice([(240, 180, 40), (230, 80, 90), (250, 240, 200)])
        )


def _meeting(rng):
    image = _gradient((245, 238, 225), (215, 200, 180))
    draw = ImageDraw.Draw(image)
    _hall(draw, rng)
    draw.rectangle([WIDTH / 2 - 60, 330, WIDTH / 2 + 60, 470], fill=(120, 75, 45))
    _star(draw, WIDTH / 2, 370, 22, GOLD)
    _audience(draw, rng, 4, 560, 800)
    return image


def _ceremony(rng):
    image = _gradient((250, 240, 228), (230, 215, 195))
    draw = ImageDraw.Draw(image)
    _hall(draw, rng)
    for i in range(7):
        _person(draw, rng, 300 + i * 170, 470, 1.3, shirt=(250, 250, 250))
        draw.rectangle([280 + i * 170, 520, 320 + i * 170, 560], fill=(230, 60, 80))
    draw.rectangle([0, 640, WIDTH, HEIGHT], fill=(130, 30, 35))
    return image


def _flag(rng):
    image = _gradient((120, 175, 230), (205, 230, 250))
    draw = ImageDraw.Draw(image)
    draw.rectangle([380, 120, 400, HEIGHT], fill=(90, 90, 95))
    points_top, points_bottom = [], []
    for i in range(0, 41):
        x = 400 + i * 22
        wave = math.sin(i / 6 + rng.uniform(0, 0.2)) * 26
        points_top.append((x, 140 + wave))
        points_bottom.append((x, 700 + wave))
    draw.polygon(points_top + points_bottom[::-1], fill=RED)
    _star(draw, 840, 420 + math.sin(20 / 6) * 26, 170, GOLD)
    draw.rectangle([0, 820, WIDTH, HEIGHT], fill=(70, 120, 70))
    return image


def _landscape(rng):
    image = _gradient((255, 214, 160), (170, 210, 235))
    draw = ImageDraw.Draw(image)
    draw.ellipse([1150, 120, 1330, 300], fill=(255, 236, 170))
    for layer, colour in enumerate([(95, 140, 110), (70, 115, 85), (45, 90, 65)]):
        base = 430 + layer * 110
        points = [(0, HEIGHT)]
        x = 0
        while x <= WIDTH:
            points.append((x, base - rng.uniform(60, 220)))
            x += rng.uniform(120, 260)
        points.append((WIDTH, base - 100))
        points.append((WIDTH, HEIGHT))
        draw.polygon(points, fill=colour)
    draw.polygon([(500, HEIGHT), (760, 700), (860, 700), (1200, HEIGHT)], fill=(120, 170, 200))
    return image


def _classroom(rng):
    image = _gradient((235, 240, 232), (210, 220, 210))
    draw = ImageDraw.Draw(image)
    draw.rectangle([300, 90, 1300, 420], fill=(40, 85, 60))
    draw.rectangle([290, 80, 1310, 92], fill=(150, 110, 70))
    for y in range(150, 400, 50):
        draw.line([(360, y), (360 + rng.uniform(400, 850), y)], fill=(220, 230, 220), width=5)
    _audience(draw, rng, 3, 560, 780)
    for row, y in enumerate((640, 730, 860)):
        draw.rectangle([0, y, WIDTH, y + 20 + row * 8], fill=(170, 120, 75))
    return image


def _factory(rng):
    image = _gradient((190, 215, 235), (240, 240, 235))
    draw = ImageDraw.Draw(image)
    x = 60
    while x < WIDTH:
        w, h = rng.uniform(180, 320), rng.uniform(220, 420)
        draw.rectangle(
            [x, 760 - h, x + w, 760],
            fill=rng.choice([(120, 130, 145), (150, 160, 170), (95, 105, 120)]),
        )
        for wy in range(int(790 - h), 730, 60):
            draw.rectangle([x + 20, wy, x + w - 20, wy + 22], fill=(210, 225, 240))
        if rng.random() < 0.5:
            draw.rectangle([x + w / 2, 760 - h - 160, x + w / 2 + 36, 760 - h], fill=(170, 60, 55))
        x += w + rng.uniform(20, 60)
    draw.rectangle([0, 760, WIDTH, HEIGHT], fill=(80, 85, 90))
    for i in range(6):
        _person(draw, rng, 200 + i * 240, 790, 0.9, shirt=(30, 80, 160))
    return image


def _volunteer(rng):
    image = _gradient((160, 205, 240), (225, 240, 215))
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 560, WIDTH, HEIGHT], fill=(95, 160, 80))
    for _ in range(9):
        x = rng.uniform(0, WIDTH)
        draw.rectangle([x - 12, 380, x + 12, 580], fill=(110, 75, 45))
        draw.ellipse([x - 110, 230, x + 110, 430], fill=(55, 130, 70))
    for i in range(8):
        _person(
            draw,
            rng,
            120 + i * 190 + rng.uniform(-30, 30),
            600 + rng.uniform(0, 90),
            1.1,
            shirt=(40, 110, 200),
        )
    return image


def _digital(rng):
    image = _gradient((12, 34, 74), (30, 70, 130))
    draw = ImageDraw.Draw(image)
    nodes = [(rng.uniform(0, WIDTH), rng.uniform(0, HEIGHT)) for _ in range(60)]
    for a in nodes:
        for b in nodes:
            if a < b and math.dist(a, b) < 230:
                draw.line([a, b], fill=(90, 150, 220), width=2)
    for x, y in nodes:
        draw.ellipse([x - 7, y - 7, x + 7, y + 7], fill=(160, 215, 255))
    draw.rounded_rectangle([520, 250, 1080, 600], radius=24, fill=(235, 242, 250))
    draw.rectangle([560, 290, 1040, 330], fill=RED)
    for i, y in enumerate(range(360, 570, 44)):
        draw.rectangle([560, y, 560 + 420 - i * 40, y + 20], fill=(170, 185, 205))
    draw.rectangle([760, 600, 840, 680], fill=(200, 210, 220))
    return image


SCENES = {
    "meeting": _meeting,
    "ceremony": _ceremony,
    "flag": _flag,
    "landscape": _landscape,
    "classroom": _classroom,
    "factory": _factory,
    "volunteer": _volunteer,
    "digital": _digital,
}


def draw_scene(scene, seed, size=(WIDTH, HEIGHT)):
    """A JPEG of the named scene; the same seed always gives the same picture."""
    rng = random.Random(seed)
    image = SCENES[scene](rng).filter(ImageFilter.SMOOTH)
    if size != (WIDTH, HEIGHT):
        image = image.resize(size, Image.LANCZOS)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=84, optimize=True)
    return buffer.getvalue()


def draw_banner(scene, seed, size):
    """A scene cropped to a banner's shape (no stretching), as a JPEG."""
    width, height = size
    rng = random.Random(seed)
    image = SCENES[scene](rng).filter(ImageFilter.SMOOTH)
    scale = max(width / WIDTH, height / HEIGHT)
    resized = image.resize((round(WIDTH * scale), round(HEIGHT * scale)), Image.LANCZOS)
    left = (resized.width - width) // 2
    top = (resized.height - height) // 3
    buffer = io.BytesIO()
    resized.crop((left, top, left + width, top + height)).save(buffer, "JPEG", quality=84)
    return buffer.getvalue()
