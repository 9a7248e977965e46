"""One code-built form section per part of the notice."""

from .base import FormSection
from .body import BodySection
from .footnotes import FootnotesSection
from .sections import (AbbreviationsSection, ClosingSection, HeaderSection, OpeningSection,
                       SignatureSection)

__all__ = ["FormSection", "HeaderSection", "OpeningSection", "BodySection", "ClosingSection",
           "SignatureSection", "FootnotesSection", "AbbreviationsSection"]
