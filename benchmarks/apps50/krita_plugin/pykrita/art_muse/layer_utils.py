"""Converting between Krita nodes and PNG bytes."""
from __future__ import annotations

from PyQt5.QtCore import QBuffer, QByteArray, QIODevice, QRect
from PyQt5.QtGui import QImage

MAX_UPLOAD_SIDE = 1536


def node_to_qimage(node, bounds: QRect | None = None) -> QImage:
    rect = bounds or node.bounds()
    data = node.projectionPixelData(rect.x(), rect.y(), rect.width(), rect.height())
    img = QImage(data, rect.width(), rect.height(), QImage.Format_ARGB32)
    return img.copy()  # detach from the QByteArray


def qimage_to_png(img: QImage) -> bytes:
    ba = QByteArray()
    buf = QBuffer(ba)
    buf.open(QIODevice.WriteOnly)
    img.save(buf, "PNG")
    buf.close()
    return bytes(ba)


def node_to_png(node, max_side: int = MAX_UPLOAD_SIDE) -> bytes:
    img = node_to_qimage(node)
    if max(img.width(), img.height()) > max_side:
        img = img.scaled(max_side, max_side, aspectRatioMode=1, transformMode=1)
    return qimage_to_png(img)


def document_to_png(doc, max_side: int = MAX_UPLOAD_SIDE) -> bytes:
    img = doc.projection(0, 0, doc.width(), doc.height())
    if max(img.width(), img.height()) > max_side:
        img = img.scaled(max_side, max_side, aspectRatioMode=1, transformMode=1)
    return qimage_to_png(img)


def png_to_new_layer(doc, png_bytes: bytes, name: str):
    img = QImage.fromData(png_bytes, "PNG")
    if img.isNull():
        raise ValueError("backend returned an image Qt cannot read")
    img = img.convertToFormat(QImage.Format_ARGB32)
    if img.width() != doc.width() or img.height() != doc.height():
        img = img.scaled(doc.width(), doc.height(), aspectRatioMode=0, transformMode=1)
    node = doc.createNode(name, "paintlayer")
    ptr = img.constBits()
    ptr.setsize(img.byteCount())
    node.setPixelData(bytes(ptr), 0, 0, img.width(), img.height())
    doc.rootNode().addChildNode(node, None)
    doc.refreshProjection()
    return node


def png_to_new_document(png_bytes: bytes, name: str):
    from krita import Krita

    img = QImage.fromData(png_bytes, "PNG").convertToFormat(QImage.Format_ARGB32)
    app = Krita.instance()
    doc = app.createDocument(img.width(), img.height(), name, "RGBA", "U8", "", 300.0)
    node = doc.activeNode()
    ptr = img.constBits()
    ptr.setsize(img.byteCount())
    node.setPixelData(bytes(ptr), 0, 0, img.width(), img.height())
    doc.refreshProjection()
    app.activeWindow().addView(doc)
    return doc
