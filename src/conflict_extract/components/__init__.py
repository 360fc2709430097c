"""Our spaCy components; each module registers one factory with @Language.factory."""
