"""Helpers to move pixels between GIMP and the AI services."""
import base64
import io
import os
import tempfile

from gi.repository import Gimp, Gio


def export_drawable_png(image, drawable, max_side=1024):
    """Export ``drawable`` as PNG bytes (scaled so the long side <= max_side)."""
    tmp_image = Gimp.Image.new(drawable.get_width(), drawable.get_height(), image.get_base_type())
    layer = Gimp.Layer.new_from_drawable(drawable, tmp_image)
    tmp_image.insert_layer(layer, None, 0)
    layer.set_offsets(0, 0)
    w, h = tmp_image.get_width(), tmp_image.get_height()
    scale = min(1.0, float(max_side) / max(w, h))
    if scale < 1.0:
        tmp_image.scale(int(w * scale), int(h * scale))
    fd, path = tempfile.mkstemp(suffix=".png", prefix="gimp-ai-")
    os.close(fd)
    try:
        Gimp.file_save(Gimp.RunMode.NONINTERACTIVE, tmp_image, Gio.File.new_for_path(path), None)
        with open(path, "rb") as fh:
            return fh.read()
    finally:
        tmp_image.delete()
        try:
            os.unlink(path)
        except OSError:
            pass


def export_image_png(image, max_side=1024):
    dup = image.duplicate()
    dup.flatten()
    layer = dup.get_layers()[0]
    try:
        return export_drawable_png(dup, layer, max_side=max_side)
    finally:
        dup.delete()


def b64(data):
    return base64.b64encode(data).decode("ascii")


def data_url(data, mime="image/png"):
    return "data:%s;base64,%s" % (mime, b64(data))


def insert_png_as_layer(image, png_bytes, name="AI image", position=0):
    fd, path = tempfile.mkstemp(suffix=".png", prefix="gimp-ai-in-")
    with os.fdopen(fd, "wb") as fh:
        fh.write(png_bytes)
    try:
        layer = Gimp.file_load_layer(Gimp.RunMode.NONINTERACTIVE, image, Gio.File.new_for_path(path))
        layer.set_name(name)
        image.insert_layer(layer, None, position)
        return layer
    finally:
        os.unlink(path)


def pil_to_png_bytes(pil_image):
    buf = io.BytesIO()
    pil_image.save(buf, format="PNG")
    return buf.getvalue()
