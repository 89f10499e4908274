"""Reading a report: file formats to normalised text, the header, and segmentation into sections and sentences."""
