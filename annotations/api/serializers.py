"""Read shapes of the API; writes go through the review services, never ``serializer.save()``."""

from __future__ import annotations

from rest_framework import serializers

from factcheck.models import Article, Claim, Quantity


class QuantitySerializer(serializers.ModelSerializer):
    class Meta:
        model = Quantity
        fields = ["surface", "start", "end", "value", "low", "high", "qualifier", "unit", "category", "kind"]


class ArticleSummarySerializer(serializers.ModelSerializer):
    class Meta:
        model = Article
        fields = ["id", "title", "source_url", "source_name", "published_at"]


class ClaimSerializer(serializers.ModelSerializer):
    quantities = QuantitySerializer(many=True, read_only=True)

    class Meta:
        model = Claim
        fields = [
            "id",
            "article",
            "index",
            "text",
            "start",
            "end",
            "category",
            "checkworthiness",
            "is_claim",
            "speaker",
            "quantities",
            "created_at",
            "updated_at",
        ]


class ClaimDetailSerializer(ClaimSerializer):
    article = ArticleSummarySerializer(read_only=True)


class ArticleSerializer(serializers.ModelSerializer):
    claim_count = serializers.IntegerField(read_only=True, help_text="Sentences extracted from the body.")
    checkworthy_count = serializers.IntegerField(read_only=True, help_text="Claims worth checking.")

    class Meta:
        model = Article
        fields = [
            "id",
            "title",
            "source_url",
            "source_name",
            "author",
            "published_at",
            "language",
            "claim_count",
            "checkworthy_count",
            "created_at",
            "updated_at",
        ]


class ArticleDetailSerializer(ArticleSerializer):
    claims = ClaimSerializer(many=True, read_only=True)

    class Meta(ArticleSerializer.Meta):
        fields = [*ArticleSerializer.Meta.fields, "body", "claims"]
