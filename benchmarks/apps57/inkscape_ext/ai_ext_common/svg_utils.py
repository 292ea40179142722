"""Helpers for turning model output into SVG elements."""

import re
from lxml import etree

import inkex

SVG_BLOCK = re.compile(r"<svg\b.*?</svg>", re.S | re.I)
FORBIDDEN = {"script", "foreignObject", "image", "use"}


def extract_svg(text):
    """Pull the first <svg>...</svg> block out of a chatty model answer."""
    if not text:
        return None
    text = text.replace("```svg", "```").replace("```xml", "```")
    m = SVG_BLOCK.search(text)
    return m.group(0) if m else None


def sanitize(root):
    for el in list(root.iter()):
        if not isinstance(el.tag, str):
            continue
        local = etree.QName(el).localname
        if local in FORBIDDEN:
            el.getparent().remove(el)
            continue
        for attr in list(el.attrib):
            if attr.startswith("on") or "href" in attr and "javascript:" in el.get(attr, ""):
                del el.attrib[attr]
    return root


def svg_to_group(svg_text, label="AI illustration"):
    """Parse an SVG string and return an inkex Group with its children."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True,
                             remove_comments=True)
    root = etree.fromstring(svg_text.encode("utf-8"), parser)
    sanitize(root)
    group = inkex.Group()
    group.label = label
    for child in root:
        if not isinstance(child.tag, str):
            continue
        group.append(child)
    return group


def text_of(element):
    """Plain text of a <text> or <flowRoot>, one line per tspan/flowPara."""
    if isinstance(element, inkex.TextElement):
        return element.get_text()
    if isinstance(element, inkex.FlowRoot):
        return "\n".join(p.text or "" for p in element.descendants()
                         if isinstance(p, inkex.FlowPara))
    return ""


def replace_text(element, new_text):
    lines = new_text.splitlines() or [""]
    if isinstance(element, inkex.TextElement):
        tspans = [t for t in element if isinstance(t, inkex.Tspan)]
        if not tspans:
            element.text = new_text
            return
        for i, tspan in enumerate(tspans):
            tspan.text = lines[i] if i < len(lines) else ""
            for sub in tspan:
                tspan.remove(sub)
        if len(lines) > len(tspans):
            tspans[-1].text = " ".join(lines[len(tspans) - 1:])
    elif isinstance(element, inkex.FlowRoot):
        paras = [p for p in element.descendants() if isinstance(p, inkex.FlowPara)]
        for i, p in enumerate(paras):
            p.text = lines[i] if i < len(lines) else ""


def fill_colors(elements):
    seen = []
    for el in elements:
        for node in [el] + list(el.descendants()):
            style = node.specified_style() if hasattr(node, "specified_style") else {}
            for prop in ("fill", "stroke"):
                val = style.get(prop)
                if val and val.startswith("#") and val not in seen:
                    seen.append(val)
    return seen
