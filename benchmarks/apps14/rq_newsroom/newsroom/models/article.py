from pgvector.sqlalchemy import Vector
from sqlalchemy.dialects.postgresql import JSONB

from newsroom.extensions import db
from newsroom.models.base import CRUDMixin, TimestampMixin

article_tags = db.Table(
    "article_tags",
    db.Column("article_id", db.Integer, db.ForeignKey("articles.id"), primary_key=True),
    db.Column("tag_id", db.Integer, db.ForeignKey("tags.id"), primary_key=True),
)


class Author(CRUDMixin, TimestampMixin, db.Model):
    __tablename__ = "authors"

    id = db.Column(db.Integer, primary_key=True)
    email = db.Column(db.String(255), unique=True, nullable=False)
    display_name = db.Column(db.String(120), nullable=False)
    desk = db.Column(db.String(64))
    is_editor = db.Column(db.Boolean, default=False, nullable=False)

    @property
    def is_authenticated(self):
        return True

    @property
    def is_active(self):
        return True

    def get_id(self):
        return str(self.id)


class Tag(CRUDMixin, db.Model):
    __tablename__ = "tags"

    id = db.Column(db.Integer, primary_key=True)
    slug = db.Column(db.String(120), unique=True, nullable=False, index=True)
    label = db.Column(db.String(120), nullable=False)
    kind = db.Column(db.String(32), default="topic")  # topic | person | place | org
    embedding = db.Column(Vector(1536))
    usage_count = db.Column(db.Integer, default=0, nullable=False)


class Article(CRUDMixin, TimestampMixin, db.Model):
    __tablename__ = "articles"

    id = db.Column(db.Integer, primary_key=True)
    slug = db.Column(db.String(200), unique=True, nullable=False)
    status = db.Column(db.String(20), default="draft", nullable=False, index=True)
    section = db.Column(db.String(64), index=True)
    language = db.Column(db.String(8), default="en", nullable=False)
    headline = db.Column(db.String(300), nullable=False)
    standfirst = db.Column(db.Text)
    body = db.Column(db.Text, nullable=False, default="")
    summary = db.Column(db.Text)
    teaser = db.Column(db.String(280))
    seo_title = db.Column(db.String(120))
    embedding = db.Column(Vector(1024))
    translation_of_id = db.Column(db.Integer, db.ForeignKey("articles.id"))
    author_id = db.Column(db.Integer, db.ForeignKey("authors.id"))
    published_at = db.Column(db.DateTime(timezone=True))
    extra = db.Column(JSONB, default=dict)

    author = db.relationship("Author", backref="articles")
    tags = db.relationship("Tag", secondary=article_tags, backref="articles")
    translations = db.relationship("Article", backref=db.backref("original", remote_side=[id]))

    def plain_text(self, limit=None):
        text = "\n\n".join(p for p in (self.headline, self.standfirst or "", self.body) if p)
        return text[:limit] if limit else text


class MediaAsset(CRUDMixin, TimestampMixin, db.Model):
    __tablename__ = "media_assets"

    id = db.Column(db.Integer, primary_key=True)
    kind = db.Column(db.String(16), nullable=False)  # image | audio | video
    s3_key = db.Column(db.String(512), nullable=False)
    content_type = db.Column(db.String(100))
    caption = db.Column(db.Text)
    alt_text = db.Column(db.Text)
    credit = db.Column(db.String(200))
    ai_generated = db.Column(db.Boolean, default=False, nullable=False)
    article_id = db.Column(db.Integer, db.ForeignKey("articles.id"))
    duration_seconds = db.Column(db.Float)

    article = db.relationship("Article", backref="media")
