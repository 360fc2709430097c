"""What the extractor knows about the world: actors, sources, places, loaded from data/."""
