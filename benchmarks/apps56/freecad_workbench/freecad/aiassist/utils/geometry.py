"""Geometry helpers used when applying AI suggestions to the model."""
import FreeCAD
import Part
import Sketcher


class FeatureFactory:
    """Creates simple features by name; used by the review "apply fix" action."""

    def __init__(self, doc):
        self.doc = doc

    def create(self, kind, name, **dims):
        if kind == "box":
            obj = self.doc.addObject("Part::Box", name)
            obj.Length = dims.get("length", 10)
            obj.Width = dims.get("width", 10)
            obj.Height = dims.get("height", 10)
        elif kind == "cylinder":
            obj = self.doc.addObject("Part::Cylinder", name)
            obj.Radius = dims.get("radius", 5)
            obj.Height = dims.get("height", 10)
        else:
            raise ValueError("unknown feature kind %r" % kind)
        return obj


def make_hole_sketch(body, radius, positions, name="AIHoles"):
    sketch = body.newObject("Sketcher::SketchObject", name)
    for x, y in positions:
        sketch.addGeometry(Part.Circle(FreeCAD.Vector(x, y, 0), FreeCAD.Vector(0, 0, 1), radius))
        sketch.addConstraint(Sketcher.Constraint("Radius", sketch.GeometryCount - 1, radius))
    return sketch


def fillet_edges(shape, radius, edge_indices):
    edges = [shape.Edges[i] for i in edge_indices]
    return shape.makeFillet(radius, edges)
