from django.core.management.base import BaseCommand
from saleor.product.models import Product

from ... import llm
from ...models import ProductEmbedding
from ...services.search import content_hash, product_search_text
from ...utils import SlugGenerator


class Command(BaseCommand):
    help = "Compute search embeddings for products that have none (or stale ones)."

    def add_arguments(self, parser):
        parser.add_argument("--backend", choices=["cohere", "voyage"], default="cohere")
        parser.add_argument("--batch-size", type=int, default=64)
        parser.add_argument("--dry-run", action="store_true")
        parser.add_argument("--fix-slugs", action="store_true")

    def handle(self, *args, backend, batch_size, dry_run, fix_slugs, **options):
        qs = Product.objects.filter(ai_embedding__isnull=True).select_related("category")
        total = qs.count()
        self.stdout.write(f"{total} products without embeddings ({backend})")
        if dry_run:
            return
        if fix_slugs:
            slugger = SlugGenerator()
            for product in qs.filter(slug=""):
                product.slug = slugger.generate(product.name)
                product.save(update_fields=["slug"])
        vo = llm.get_voyage_client()
        co = llm.get_cohere_client()
        products = list(qs)
        for start in range(0, len(products), batch_size):
            batch = products[start : start + batch_size]
            texts = [product_search_text(p) for p in batch]
            if backend == "voyage":
                vectors = vo.embed(texts, model="voyage-3", input_type="document").embeddings
                model = "voyage-3"
            else:
                vectors = co.embed(
                    texts=texts,
                    model="embed-multilingual-v3.0",
                    input_type="search_document",
                    embedding_types=["float"],
                ).embeddings.float_
                model = "embed-multilingual-v3.0"
            ProductEmbedding.objects.bulk_create(
                [
                    ProductEmbedding(
                        product=p, provider=backend, model=model, vector=v, content_hash=content_hash(t)
                    )
                    for p, v, t in zip(batch, vectors, texts)
                ],
                ignore_conflicts=True,
            )
            self.stdout.write(f"  {min(start + batch_size, len(products))}/{len(products)}")
        self.stdout.write(self.style.SUCCESS("done"))
