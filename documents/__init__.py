"""The document library: Party and State documents with metadata, categories and files."""
