from .pages import DocumentAttachment, DocumentLibraryPage, DocumentPage, DocumentRelation
from .taxonomy import DocumentField, DocumentType, Issuer, System

__all__ = [
    "DocumentAttachment",
    "DocumentField",
    "DocumentLibraryPage",
    "DocumentPage",
    "DocumentRelation",
    "DocumentType",
    "Issuer",
    "System",
]
