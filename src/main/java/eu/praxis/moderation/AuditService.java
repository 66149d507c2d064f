package eu.praxis.moderation;

import static eu.praxis.base.CsvCells.safe;

import eu.praxis.base.AuditTargetNames;
import eu.praxis.base.CsvCells;
import eu.praxis.group.GroupDirectory;
import eu.praxis.member.MemberService;
import eu.praxis.security.Role;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the audit log: the secretariat's ({@link ModerationPolicy#maySeeAuditLog}), filtered, newest first, and as CSV. */
@Service
@PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
@Transactional(readOnly = true)
public class AuditService {

    static final int EXPORT_PAGE = 500;
    private static final Instant END = Instant.parse("9999-12-31T00:00:00Z");
    static final List<String> CSV_HEADER = List.of(
            "time",
            "actor_id",
            "actor",
            "action",
            "target_type",
            "target_id",
            "target",
            "group_id",
            "group",
            "reason",
            "detail");

    private final AuditEntryRepository entries;
    private final MemberService members;
    private final GroupDirectory groups;
    private final Map<String, AuditTargetNames> namesByType;

    AuditService(
            AuditEntryRepository entries,
            MemberService members,
            GroupDirectory groups,
            List<AuditTargetNames> targetNames) {
        this.entries = entries;
        this.members = members;
        this.groups = groups;
        this.namesByType = targetNames.stream()
                .flatMap(n -> n.targetTypes().stream().map(t -> Map.entry(t, n)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public Slice<AuditEntryItem> find(AuditFilter filter, Pageable page) {
        // The query orders newest first; a sort from the caller would contradict it.
        // Open ends become far bounds: PostgreSQL cannot type a null timestamp parameter in "? is null".
        var rows = entries.findFiltered(
                filter.groupId(),
                filter.actorId(),
                blankToNull(filter.action()),
                filter.from() == null ? Instant.EPOCH : filter.from(),
                filter.until() == null ? END : filter.until(),
                PageRequest.of(page.getPageNumber(), page.getPageSize()));
        var people = members.summaries(rows.stream().map(AuditEntry::getActorId).collect(Collectors.toSet()));
        var groupNames = groups.groupNames(rows.stream()
                .map(AuditEntry::getGroupId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        var targetNames = targetNames(rows.getContent());
        return new SliceImpl<>(
                rows.stream()
                        .map(e -> {
                            var actor = people.get(e.getActorId());
                            return new AuditEntryItem(
                                    Objects.requireNonNull(e.getId()),
                                    e.getAt(),
                                    e.getActorId(),
                                    actor != null ? actor.name() : e.getActorId() == 0 ? "system" : "?",
                                    e.getAction(),
                                    e.getTargetType(),
                                    e.getTargetId(),
                                    targetNames
                                            .getOrDefault(e.getTargetType(), Map.of())
                                            .get(e.getTargetId()),
                                    e.getGroupId(),
                                    e.getGroupId() == null ? null : groupNames.get(e.getGroupId()),
                                    e.getReason(),
                                    e.getDetail());
                        })
                        .toList(),
                rows.getPageable(),
                rows.hasNext());
    }

    /** Names of the page's targets by type and id: one look-up per target type, by the feature that owns it. */
    private Map<String, Map<Long, String>> targetNames(List<AuditEntry> rows) {
        return rows.stream()
                .filter(e -> namesByType.containsKey(e.getTargetType()))
                .collect(Collectors.groupingBy(
                        AuditEntry::getTargetType, Collectors.mapping(AuditEntry::getTargetId, Collectors.toSet())))
                .entrySet()
                .stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, t -> namesByType.get(t.getKey()).names(t.getKey(), t.getValue())));
    }

    /** The actions the log holds, for the filter. */
    public List<String> actions() {
        return entries.findActions();
    }

    /**
     * Writes the entries {@link #find} would list as CSV (UTF-8 text, header row, newest first), page by page so
     * that a long log is never held in memory at once. Texts that a spreadsheet would take for a formula are
     * quoted with a leading apostrophe.
     */
    public void export(AuditFilter filter, Writer out) {
        CsvCells.write(out, CSV_HEADER, csv -> {
            Pageable page = PageRequest.of(0, EXPORT_PAGE);
            while (true) {
                var slice = find(filter, page);
                for (var e : slice) {
                    csv.printRecord(
                            e.at(),
                            e.actorId(),
                            safe(e.actorName()),
                            e.action(),
                            e.targetType(),
                            e.targetId(),
                            safe(e.targetName()),
                            e.groupId() == null ? "" : e.groupId(),
                            safe(e.groupName()),
                            safe(e.reason()),
                            safe(e.detail()));
                }
                if (!slice.hasNext()) {
                    break;
                }
                page = slice.nextPageable();
            }
        });
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
