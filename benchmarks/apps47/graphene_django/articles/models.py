from django.conf import settings
from django.db import models
from django.utils.text import slugify


class Author(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    display_name = models.CharField(max_length=120)
    bio = models.TextField(blank=True)

    def __str__(self):
        return self.display_name


class Tag(models.Model):
    name = models.CharField(max_length=64, unique=True)
    slug = models.SlugField(max_length=64, unique=True)

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)
        super().save(*args, **kwargs)

    def __str__(self):
        return self.name


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        REVIEW = "review", "In review"
        PUBLISHED = "published", "Published"

    title = models.CharField(max_length=255)
    slug = models.SlugField(max_length=255, unique=True)
    body = models.TextField()
    author = models.ForeignKey(Author, related_name="articles", on_delete=models.PROTECT)
    tags = models.ManyToManyField(Tag, related_name="articles", blank=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.DRAFT)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return self.title

    @property
    def word_count(self) -> int:
        return len(self.body.split())


class ArticleSummary(models.Model):
    article = models.OneToOneField(Article, related_name="summary", on_delete=models.CASCADE)
    text = models.TextField()
    model_name = models.CharField(max_length=100)
    generated_at = models.DateTimeField(auto_now=True)


class SeoMetadata(models.Model):
    article = models.OneToOneField(Article, related_name="seo", on_delete=models.CASCADE)
    meta_title = models.CharField(max_length=70)
    meta_description = models.CharField(max_length=170)
    keywords = models.JSONField(default=list)
    og_image_url = models.URLField(blank=True)
    model_name = models.CharField(max_length=100, blank=True)
    updated_at = models.DateTimeField(auto_now=True)


class ArticleChunk(models.Model):
    article = models.ForeignKey(Article, related_name="chunks", on_delete=models.CASCADE)
    position = models.PositiveIntegerField()
    text = models.TextField()
    embedding = models.JSONField(null=True, blank=True)
    embedding_model = models.CharField(max_length=64, blank=True)

    class Meta:
        ordering = ["article_id", "position"]
        unique_together = [("article", "position")]


class QuestionLog(models.Model):
    article = models.ForeignKey(Article, null=True, blank=True, on_delete=models.SET_NULL)
    question = models.TextField()
    answer = models.TextField(blank=True)
    provider = models.CharField(max_length=32)
    created_at = models.DateTimeField(auto_now_add=True)
