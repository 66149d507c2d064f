/**
 * Views of people: profiles (own profile editable), the secretariat's people administration and
 * invitations, the public invitation page that sets a password, and membership applications
 * (public form, secretariat review). {@link eu.praxis.member.ui.MemberNavigation} is the public entry.
 */
@NullMarked
package eu.praxis.member.ui;

import org.jspecify.annotations.NullMarked;
