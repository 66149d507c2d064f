package eu.praxis.practice;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings the practice feature reads ({@code praxis.practice.*}), with their defaults here only.
 *
 * @param networkReview whether a practice shared with the whole network waits for the secretariat's review before it
 *     is published (DD031); off by default, as the network's library has always been open to every member's sharing
 */
@ConfigurationProperties("praxis.practice")
public record PracticeProperties(@DefaultValue("false") boolean networkReview) {}
