"""Stories across languages: near-duplicates, translations, incremental clustering, timelines."""

from .cluster import StoryClusterer, StoryParams, story_id_for
from .dedup import NearDuplicateIndex

__all__ = ["StoryClusterer", "StoryParams", "NearDuplicateIndex", "story_id_for"]
