"""The Share area: the therapy summary, the partner page, saving and the PDF preview."""
