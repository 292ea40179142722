from django.db import models
from django.utils.text import slugify


class Article(models.Model):
    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=220, unique=True)
    body = models.TextField()
    faq = models.JSONField(default=list, blank=True)
    cover_url = models.URLField(blank=True)
    published = models.BooleanField(default=False)
    updated_at = models.DateTimeField(auto_now=True)

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.title)[:220]
        super().save(*args, **kwargs)

    def __str__(self):
        return self.title


class ArticleChunk(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="chunks")
    position = models.PositiveIntegerField()
    text = models.TextField()
    embedding = models.JSONField(null=True, blank=True)
    embedding_model = models.CharField(max_length=64, blank=True)

    class Meta:
        ordering = ["article_id", "position"]
        unique_together = [("article", "position")]


class EmbeddingJob(models.Model):
    batch_id = models.CharField(max_length=64, unique=True)
    input_file_id = models.CharField(max_length=64)
    status = models.CharField(max_length=32, default="submitted")
    created_at = models.DateTimeField(auto_now_add=True)
