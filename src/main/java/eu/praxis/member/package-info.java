/**
 * People (accounts) of member organisations: invitations with one-time links, profiles,
 * password changes, disabling, the account lookup for login, and membership applications, whose
 * approval creates the organisation and invites its contact person.
 */
@NullMarked
package eu.praxis.member;

import org.jspecify.annotations.NullMarked;
