"""Undo-friendly history of AI edits, kept per document in a user-defined property."""
import json
import time


class EditRecord:
    def __init__(self, kind, before, after, model):
        self.kind = kind
        self.before = before
        self.after = after
        self.model = model
        self.ts = time.time()

    @classmethod
    def create(cls, kind, before, after, model):
        return cls(kind, before, after, model)

    def to_dict(self):
        return self.__dict__.copy()


class EditHistory:
    PROP = "WriterAIHistory"

    def __init__(self, doc):
        self.doc = doc

    def _props(self):
        return self.doc.getDocumentProperties().getUserDefinedProperties()

    def load(self):
        props = self._props()
        if props.getPropertySetInfo().hasPropertyByName(self.PROP):
            return json.loads(props.getPropertyValue(self.PROP))
        return []

    def append(self, record):
        items = self.load()[-49:] + [record.to_dict()]
        props = self._props()
        if props.getPropertySetInfo().hasPropertyByName(self.PROP):
            props.setPropertyValue(self.PROP, json.dumps(items))
        else:
            props.addProperty(self.PROP, 0, json.dumps(items))


def render_diff(before, after, width=80):
    """Plain-text word diff shown in the 'What changed?' dialog."""
    import difflib

    out = []
    matcher = difflib.SequenceMatcher(a=before.split(), b=after.split())
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op == "equal":
            out.append(" ".join(matcher.a[a0:a1]))
        elif op == "delete":
            out.append("[-" + " ".join(matcher.a[a0:a1]) + "-]")
        elif op == "insert":
            out.append("{+" + " ".join(matcher.b[b0:b1]) + "+}")
        else:
            out.append("[-" + " ".join(matcher.a[a0:a1]) + "-]{+" + " ".join(matcher.b[b0:b1]) + "+}")
    import textwrap

    return "\n".join(textwrap.wrap(" ".join(out), width=width))


def undo_last(doc):
    history = EditHistory(doc)
    items = history.load()
    if not items:
        return False
    last = items[-1]
    search = doc.createSearchDescriptor()
    search.SearchString = last["after"][:250]
    found = doc.findFirst(search)
    if found is None:
        return False
    found.setString(last["before"])
    return True
