"""Reading articles: files, stdin, encodings, HTML, and the lines that are not prose."""
