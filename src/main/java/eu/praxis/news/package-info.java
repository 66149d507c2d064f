/**
 * News of the network and of its working groups: the secretariat writes for the whole network, a group's leads for
 * their group ({@link eu.praxis.news.NewsPolicy}); an item appears from its publication time on, so it can be written
 * ahead. {@link eu.praxis.news.NewsRoom} reads, {@link eu.praxis.news.NewsDesk} writes.
 */
@NullMarked
package eu.praxis.news;

import org.jspecify.annotations.NullMarked;
