package eu.praxis.project;

import eu.praxis.practice.AttachmentItem;
import java.util.List;

/**
 * A practice the project produced, as its page links it ({@code path}: the practice's permalink), with the files
 * attached to it (the guidebook's PDF, the toolkit), which stay readable after the project ends.
 */
public record ProjectOutput(long practiceId, String title, String path, List<AttachmentItem> files) {}
