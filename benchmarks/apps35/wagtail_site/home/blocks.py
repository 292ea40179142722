from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock()
    attribution = blocks.CharBlock(required=False)

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"


class ImageWithCaptionBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    caption = blocks.CharBlock(required=False)
    credit = blocks.CharBlock(required=False)

    class Meta:
        icon = "image"
        template = "blocks/image_caption.html"


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock()
    text = blocks.TextBlock(required=False)
    page = blocks.PageChooserBlock(required=False)
    url = blocks.URLBlock(required=False)

    class Meta:
        icon = "pick"


class AISummaryBlock(blocks.StaticBlock):
    """Renders the page's stored GeneratedSummary; no model call at render time."""

    class Meta:
        icon = "doc-full"
        admin_text = "Shows the AI-generated summary saved on publish."
        template = "blocks/ai_summary.html"


class FAQItemBlock(blocks.StructBlock):
    question = blocks.CharBlock()
    answer = blocks.RichTextBlock(features=["bold", "italic", "link"])


BODY_BLOCKS = [
    ("heading", blocks.CharBlock(form_classname="title", icon="title")),
    ("paragraph", blocks.RichTextBlock()),
    ("quote", QuoteBlock()),
    ("image", ImageWithCaptionBlock()),
    ("embed", EmbedBlock()),
    ("cta", CallToActionBlock()),
    ("faq", blocks.ListBlock(FAQItemBlock(), icon="help")),
    ("ai_summary", AISummaryBlock()),
]
