"""Turn a FreeCAD document into a compact text summary for prompts."""
import FreeCAD


def _fmt_vec(v):
    return "(%.2f, %.2f, %.2f)" % (v.x, v.y, v.z)


def summarize_object(obj):
    lines = ["- %s [%s] label=%r" % (obj.Name, obj.TypeId, obj.Label)]
    shape = getattr(obj, "Shape", None)
    if shape is not None and not shape.isNull():
        bb = shape.BoundBox
        lines.append(
            "  bbox %.1f x %.1f x %.1f mm, volume %.1f mm3, faces %d, edges %d"
            % (bb.XLength, bb.YLength, bb.ZLength, shape.Volume, len(shape.Faces), len(shape.Edges))
        )
        lines.append("  placement %s" % _fmt_vec(obj.Placement.Base))
    for prop in ("Length", "Width", "Height", "Radius", "Angle", "Reversed", "Type"):
        if hasattr(obj, prop):
            lines.append("  %s = %s" % (prop, getattr(obj, prop)))
    if obj.TypeId == "Sketcher::SketchObject":
        lines.append("  constraints %d, fully constrained: %s" % (len(obj.Constraints), obj.solve() == 0))
    return lines


def summarize_document(doc=None, selection_only=False, max_objects=200):
    doc = doc or FreeCAD.ActiveDocument
    if doc is None:
        raise RuntimeError("No active document")
    if selection_only:
        import FreeCADGui

        objects = [s.Object for s in FreeCADGui.Selection.getSelectionEx()]
    else:
        objects = [o for o in doc.Objects if o.Visibility or o.TypeId.startswith("PartDesign::Body")]
    out = ["Document: %s (%d objects)" % (doc.Label, len(doc.Objects))]
    for obj in objects[:max_objects]:
        out.extend(summarize_object(obj))
    if len(objects) > max_objects:
        out.append("... %d more objects omitted" % (len(objects) - max_objects))
    return "\n".join(out)


def spreadsheet_parameters(doc=None):
    doc = doc or FreeCAD.ActiveDocument
    params = {}
    for sheet in doc.findObjects("Spreadsheet::Sheet"):
        for alias in sheet.getPropertiesList():
            try:
                params[alias] = sheet.get(alias)
            except Exception:
                continue
    return params


def body_feature_tree(body):
    """Return the PartDesign feature chain of a body as indented text."""
    lines = ["Body %s (tip: %s)" % (body.Label, body.Tip.Label if body.Tip else "-")]
    for feat in body.Group:
        if feat.TypeId in ("App::Origin", "PartDesign::CoordinateSystem"):
            continue
        extra = ""
        if feat.TypeId == "PartDesign::Pad":
            extra = " length=%s type=%s" % (feat.Length, feat.Type)
        elif feat.TypeId == "PartDesign::Pocket":
            extra = " depth=%s type=%s" % (feat.Length, feat.Type)
        elif feat.TypeId in ("PartDesign::Fillet", "PartDesign::Chamfer"):
            extra = " size=%s edges=%d" % (getattr(feat, "Radius", getattr(feat, "Size", "?")),
                                           len(feat.Base[1]) if feat.Base else 0)
        elif feat.TypeId == "PartDesign::Hole":
            extra = " diameter=%s depth=%s threaded=%s" % (feat.Diameter, feat.Depth, feat.Threaded)
        lines.append("  %s %s%s" % (feat.TypeId.split("::")[-1], feat.Label, extra))
    return "\n".join(lines)


def materials(doc=None):
    doc = doc or FreeCAD.ActiveDocument
    found = {}
    for obj in doc.Objects:
        mat = getattr(obj, "ShapeMaterial", None)
        if mat is not None and getattr(mat, "Name", ""):
            found.setdefault(mat.Name, []).append(obj.Label)
    return found


def summarize_for_review(doc=None):
    doc = doc or FreeCAD.ActiveDocument
    parts = [summarize_document(doc, max_objects=80)]
    for body in doc.findObjects("PartDesign::Body"):
        parts.append(body_feature_tree(body))
    mats = materials(doc)
    if mats:
        parts.append("Materials: " + "; ".join("%s: %s" % (k, ", ".join(v)) for k, v in mats.items()))
    params = spreadsheet_parameters(doc)
    if params:
        parts.append("Parameters: " + ", ".join("%s=%s" % kv for kv in sorted(params.items())))
    return "\n\n".join(parts)
