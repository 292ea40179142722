from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Dict, List, Optional


@dataclass
class Product:
    sku: str
    title: str
    brand: str = ""
    category: str = ""
    supplier_text: str = ""
    attributes: Dict[str, Optional[str]] = field(default_factory=dict)
    description: str = ""
    locale: str = "en_GB"

    def attribute_lines(self) -> str:
        return "\n".join(f"- {k}: {v}" for k, v in sorted(self.attributes.items()) if v)

    @classmethod
    def from_row(cls, row: dict) -> "Product":
        return cls(
            sku=row["sku"],
            title=row.get("title") or "",
            brand=row.get("brand") or "",
            category=row.get("category") or "",
            supplier_text=row.get("supplier_text") or "",
            attributes=row.get("attributes") or {},
            description=row.get("description") or "",
            locale=row.get("locale") or "en_GB",
        )

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class GeneratedDescription:
    sku: str
    text: str
    model: str
    provider: str
    locale: str = "en_GB"
    created_at: datetime = field(default_factory=datetime.utcnow)


@dataclass
class Review:
    review_id: str
    sku: str
    rating: int
    body: str


@dataclass
class TaxonomyNode:
    category_id: str
    path: str
    children: List["TaxonomyNode"] = field(default_factory=list)

    def leaves(self) -> List["TaxonomyNode"]:
        if not self.children:
            return [self]
        out: List[TaxonomyNode] = []
        for child in self.children:
            out.extend(child.leaves())
        return out
