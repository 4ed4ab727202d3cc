package org.clinlead.portal.mail;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;
import org.clinlead.portal.shell.Feedback;
import org.clinlead.portal.shell.PagedList;

/** The administrators' outbox: counts, the paged list with each message's text, retry, and the default for notices. */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OutboxAdmin outbox;

    @Inject
    private MailDigests digests;

    private PagedList<OutboxLine> messages;
    private OutboxCounts counts;
    private Delivery defaultDelivery;
    private Integer defaultHour;

    @PostConstruct
    void init() {
        messages = new PagedList<>(outbox::list);
        refresh();
    }

    private void refresh() {
        counts = outbox.counts();
        defaultDelivery = counts.defaultDelivery();
        defaultHour = counts.defaultDigestHour();
    }

    public void retry(long id) {
        try {
            outbox.retry(id);
            Feedback.done("Queued again: it will be sent within a minute.");
        } catch (org.clinlead.portal.shared.PortalException e) {
            Feedback.show("list", e);
        }
        refresh();
    }

    public void saveDefaults() {
        try {
            counts = outbox.changeDefaults(defaultDelivery, defaultHour, counts.defaultsVersion());
            Feedback.done("Saved: for everyone who has not chosen, notices go "
                    + counts.defaultDelivery().label().toLowerCase(java.util.Locale.ROOT) + ".");
        } catch (org.clinlead.portal.shared.PortalException e) {
            Feedback.show("defaults", e);
        }
    }

    public void sendDigestsNow() {
        int queued = digests.sendNow();
        Feedback.done(queued == 0 ? "No daily e-mail was due: nobody on one has a new notice, or theirs went today."
                : queued + (queued == 1 ? " daily e-mail" : " daily e-mails") + " queued.");
        refresh();
    }

    public String hour(int h) {
        return NotificationsBacking.hour(h);
    }

    public List<Integer> getHours() {
        return IntStream.range(0, 24).boxed().toList();
    }

    public Delivery[] getDeliveries() {
        return Delivery.values();
    }

    public MailStatus[] getStatuses() {
        return MailStatus.values();
    }

    public PagedList<OutboxLine> getMessages() {
        return messages;
    }

    public OutboxCounts getCounts() {
        return counts;
    }

    public Delivery getDefaultDelivery() {
        return defaultDelivery;
    }

    public void setDefaultDelivery(Delivery defaultDelivery) {
        this.defaultDelivery = defaultDelivery;
    }

    public Integer getDefaultHour() {
        return defaultHour;
    }

    public void setDefaultHour(Integer defaultHour) {
        this.defaultHour = defaultHour;
    }
}
