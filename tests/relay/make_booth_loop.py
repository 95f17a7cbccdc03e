"""Generates public/media/booth-loop.mp4: the booth recording the demo backend plays.

A seamless 8-second loop (moving colour bars, a circling square, a soft two-note tone) in
H.264 + AAC, MP4 with the index first (`faststart`) so a browser starts playing at once.
Run with the test relay's venv (PyAV bundles FFmpeg):

    ~/.cache/tradefair/relay-venv/bin/python tests/relay/make_booth_loop.py public/media/booth-loop.mp4
"""

import math
import sys
from array import array
from fractions import Fraction

import av

W, H, FPS, SECONDS = 480, 270, 15, 8
RATE = 48_000
FRAMES = FPS * SECONDS
BOX = 56


def gradient_row() -> bytes:
    """One row of a hue ramp, twice as wide as the frame (so it can scroll and wrap)."""
    row = bytearray()
    for x in range(2 * W):
        h = (x / (2 * W)) * 6.0
        i, f = int(h) % 6, h - int(h)
        q, t = int(255 * (1 - f)), int(255 * f)
        r, g, b = [(255, t, 0), (q, 255, 0), (0, 255, t), (0, q, 255), (t, 0, 255), (255, 0, q)][i]
        # Muted, so the overlay text of a player stays readable on it.
        row += bytes((40 + r // 3, 40 + g // 3, 60 + b // 3))
    return bytes(row)


def video_frame(n: int, ramp: bytes) -> av.VideoFrame:
    off = int(n * (2 * W) / FRAMES) * 3
    base = (ramp[off:] + ramp[:off])[: W * 3]
    angle = 2 * math.pi * n / FRAMES
    bx = int(W / 2 + (W / 3) * math.cos(angle) - BOX / 2)
    by = int(H / 2 + (H / 3) * math.sin(angle) - BOX / 2)
    boxed = bytearray(base)
    boxed[bx * 3 : (bx + BOX) * 3] = bytes((240, 240, 240)) * BOX
    band_top = H * 2 // 3
    dark = bytes(v // 2 for v in base)
    rows = []
    for y in range(H):
        if by <= y < by + BOX:
            rows.append(bytes(boxed))
        elif y >= band_top:
            rows.append(dark)
        else:
            rows.append(base)
    frame = av.VideoFrame(W, H, "rgb24")
    plane = frame.planes[0]
    data = b"".join(rows)
    if plane.line_size == W * 3:
        plane.update(data)
    else:  # padded lines
        padded = b"".join(r + bytes(plane.line_size - W * 3) for r in rows)
        plane.update(padded)
    return frame


def audio_samples() -> array:
    """A soft tone that changes pitch each half of the loop, faded at the joins."""
    out = array("f")
    total = RATE * SECONDS
    for i in range(total):
        t = i / RATE
        freq = 440.0 if t < SECONDS / 2 else 554.37
        local = t % (SECONDS / 2)
        fade = min(1.0, local / 0.05, (SECONDS / 2 - local) / 0.05)
        out.append(0.12 * fade * math.sin(2 * math.pi * freq * t))
    return out


def main(path: str) -> None:
    container = av.open(path, "w", options={"movflags": "faststart"})
    video = container.add_stream("libx264", rate=FPS)
    video.width, video.height, video.pix_fmt = W, H, "yuv420p"
    video.options = {"preset": "veryslow", "crf": "30", "profile": "main", "g": str(FPS * 2)}
    audio = container.add_stream("aac", rate=RATE)
    audio.layout = "mono"
    audio.bit_rate = 48_000

    ramp = gradient_row()
    for n in range(FRAMES):
        frame = video_frame(n, ramp)
        frame.pts = n
        frame.time_base = Fraction(1, FPS)
        for packet in video.encode(frame.reformat(format="yuv420p")):
            container.mux(packet)
    for packet in video.encode():
        container.mux(packet)

    samples = audio_samples()
    chunk = 1024
    for start in range(0, len(samples), chunk):
        part = samples[start : start + chunk]
        frame = av.AudioFrame(format="flt", layout="mono", samples=len(part))
        frame.planes[0].update(part.tobytes())
        frame.sample_rate = RATE
        frame.pts = start
        frame.time_base = Fraction(1, RATE)
        for packet in audio.encode(frame):
            container.mux(packet)
    for packet in audio.encode():
        container.mux(packet)
    container.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "public/media/booth-loop.mp4")
