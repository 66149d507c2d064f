package eu.praxis.group;

/** A working group the secretariat creates. */
public record NewGroup(String name, String description, JoinPolicy joinPolicy, boolean visibleToResearchers) {}
