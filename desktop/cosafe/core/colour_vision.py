"""How different two colours look: CIEDE2000, for people with normal colour vision and with colour blindness.

Contract (no Qt; colours are "#rrggbb" strings):
- ``ciede2000(lab1, lab2)`` is the CIEDE2000 colour difference of two CIELAB colours
  (Sharma, Wu and Dalal 2005, with their test data); about 1 is the smallest difference
  people notice side by side, 10 or more reads as "another colour".
- ``lab(colour)``: sRGB to CIELAB (D65).
- ``simulate(colour, vision)``: how ``colour`` looks to a person with ``vision``, one
  of ``VISIONS`` — "normal", "deuteranopia", "protanopia" (together about 6% of men)
  and "tritanopia" — by the model of Machado, Oliveira and Fernandes (2009) at full
  severity, applied to linear RGB.
- ``difference(a, b, vision="normal")`` is ΔE2000 between two colours as seen with
  ``vision``; ``least_difference(a, b, visions)`` the smallest over several.
- ``contrast_ratio(a, b)``: the WCAG 2 luminance contrast, 1 to 21.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

Lab = tuple[float, float, float]
VISIONS = ("normal", "deuteranopia", "protanopia", "tritanopia")
COMMON_VISIONS = ("normal", "deuteranopia", "protanopia")  # red-green colour blindness is the common kind

# Machado et al. (2009), severity 1.0, for linear RGB.
_MACHADO: dict[str, tuple[tuple[float, float, float], ...]] = {
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}


def _rgb(colour: str) -> tuple[float, float, float]:
    text = colour.lstrip("#")
    if len(text) != 6:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    return tuple(int(text[i:i + 2], 16) / 255.0 for i in (0, 2, 4))  # type: ignore[return-value]


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def _encoded(channel: float) -> float:
    channel = min(1.0, max(0.0, channel))
    return 12.92 * channel if channel <= 0.0031308 else 1.055 * channel ** (1 / 2.4) - 0.055


def simulate(colour: str, vision: str) -> str:
    if vision == "normal":
        return colour
    matrix = _MACHADO[vision]
    linear = [_linear(c) for c in _rgb(colour)]
    seen = [_encoded(sum(row[i] * linear[i] for i in range(3))) for row in matrix]
    return "#" + "".join(f"{round(c * 255):02x}" for c in seen)


def lab(colour: str) -> Lab:
    r, g, b = (_linear(c) for c in _rgb(colour))
    x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
    y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b
    z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def ciede2000(lab1: Lab, lab2: Lab) -> float:
    l1, a1, b1 = lab1
    l2, a2, b2 = lab2
    c_mean = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(c_mean ** 7 / (c_mean ** 7 + 25 ** 7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360 if c1p else 0.0
    h2p = math.degrees(math.atan2(b2, a2p)) % 360 if c2p else 0.0
    dl, dc = l2 - l1, c2p - c1p
    if c1p * c2p == 0:
        dh = 0.0
    else:
        dh = h2p - h1p
        dh = dh - 360 if dh > 180 else dh + 360 if dh < -180 else dh
    dh_big = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))
    l_mean, cp_mean = (l1 + l2) / 2, (c1p + c2p) / 2
    if c1p * c2p == 0:
        h_mean = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        h_mean = (h1p + h2p) / 2
    else:
        h_mean = (h1p + h2p + 360) / 2 if h1p + h2p < 360 else (h1p + h2p - 360) / 2
    t = (1 - 0.17 * math.cos(math.radians(h_mean - 30)) + 0.24 * math.cos(math.radians(2 * h_mean))
         + 0.32 * math.cos(math.radians(3 * h_mean + 6)) - 0.20 * math.cos(math.radians(4 * h_mean - 63)))
    theta = 30 * math.exp(-(((h_mean - 275) / 25) ** 2))
    rc = 2 * math.sqrt(cp_mean ** 7 / (cp_mean ** 7 + 25 ** 7))
    sl = 1 + 0.015 * (l_mean - 50) ** 2 / math.sqrt(20 + (l_mean - 50) ** 2)
    sc = 1 + 0.045 * cp_mean
    sh = 1 + 0.015 * cp_mean * t
    rt = -math.sin(math.radians(2 * theta)) * rc
    return math.sqrt((dl / sl) ** 2 + (dc / sc) ** 2 + (dh_big / sh) ** 2 + rt * (dc / sc) * (dh_big / sh))


def difference(a: str, b: str, vision: str = "normal") -> float:
    return ciede2000(lab(simulate(a, vision)), lab(simulate(b, vision)))


def least_difference(a: str, b: str, visions: Iterable[str] = COMMON_VISIONS) -> float:
    return min(difference(a, b, vision) for vision in visions)


def contrast_ratio(a: str, b: str) -> float:
    def luminance(colour: str) -> float:
        r, g, b_ = (_linear(c) for c in _rgb(colour))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b_

    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
