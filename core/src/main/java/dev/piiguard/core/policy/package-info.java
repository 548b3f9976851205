/**
 * The policy model: which {@link dev.piiguard.core.policy.Action} applies to a request, picked by
 * its destination. Known AI API hosts (a data file, {@code ai-hosts.txt}) and extra AI hosts use
 * the AI action; named rules (host globs, path prefixes) come next; everything else gets the
 * default action.
 */
package dev.piiguard.core.policy;
