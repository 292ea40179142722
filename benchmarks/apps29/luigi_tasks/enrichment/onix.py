"""Minimal ONIX 3.0 writer for the retailer feed."""
import datetime as dt
from xml.etree import ElementTree as ET


class OnixProduct:
    def __init__(self, isbn, title, blurb, subjects, keywords):
        self.isbn = isbn
        self.title = title
        self.blurb = blurb
        self.subjects = subjects
        self.keywords = keywords

    @classmethod
    def create(cls, record):
        return cls(
            isbn=record["isbn"],
            title=record["title"],
            blurb=record.get("blurb", ""),
            subjects=record.get("subjects", []),
            keywords=record.get("keywords", []),
        )

    def to_element(self):
        product = ET.Element("Product")
        ET.SubElement(product, "RecordReference").text = f"backlist-{self.isbn}"
        ident = ET.SubElement(product, "ProductIdentifier")
        ET.SubElement(ident, "ProductIDType").text = "15"
        ET.SubElement(ident, "IDValue").text = self.isbn
        detail = ET.SubElement(product, "DescriptiveDetail")
        title = ET.SubElement(ET.SubElement(detail, "TitleDetail"), "TitleElement")
        ET.SubElement(title, "TitleText").text = self.title
        for code in self.subjects:
            subj = ET.SubElement(detail, "Subject")
            ET.SubElement(subj, "SubjectSchemeIdentifier").text = "10"
            ET.SubElement(subj, "SubjectCode").text = code
        if self.keywords:
            subj = ET.SubElement(detail, "Subject")
            ET.SubElement(subj, "SubjectSchemeIdentifier").text = "20"
            ET.SubElement(subj, "SubjectHeadingText").text = "; ".join(self.keywords)
        collateral = ET.SubElement(product, "CollateralDetail")
        text = ET.SubElement(collateral, "TextContent")
        ET.SubElement(text, "TextType").text = "03"
        ET.SubElement(text, "Text").text = self.blurb
        return product


class OnixMessage:
    def __init__(self, sender):
        self.sender = sender
        self.products = []

    @classmethod
    def create(cls, sender="Harbour Press Group"):
        return cls(sender)

    def add(self, product):
        self.products.append(product)

    def to_xml(self):
        root = ET.Element("ONIXMessage", release="3.0")
        header = ET.SubElement(root, "Header")
        ET.SubElement(ET.SubElement(header, "Sender"), "SenderName").text = self.sender
        ET.SubElement(header, "SentDateTime").text = dt.datetime.utcnow().strftime("%Y%m%dT%H%M")
        for p in self.products:
            root.append(p.to_element())
        return ET.tostring(root, encoding="unicode")
