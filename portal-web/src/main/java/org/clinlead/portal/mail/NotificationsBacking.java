package org.clinlead.portal.mail;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;
import org.clinlead.portal.shell.Feedback;

/** "My notifications": the person's e-mail address (checked by a link) and how their notices reach them. */
@Named
@ViewScoped
public class NotificationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String DEFAULT = "DEFAULT";

    @Inject
    private MyMail mail;

    private MyMailSettings settings;
    private String address;
    private String choice;
    private Integer digestHour;

    public void load() {
        show(mail.mine());
    }

    private void show(MyMailSettings loaded) {
        settings = loaded;
        address = loaded.address();
        choice = loaded.delivery() == null ? DEFAULT : loaded.delivery().name();
        digestHour = loaded.effectiveDigestHour();
    }

    public void saveAddress() {
        try {
            show(mail.changeAddress(address, settings.version()));
        } catch (org.clinlead.portal.shared.PortalException e) {
            Feedback.show("mail", e);
            return;
        }
        Feedback.done(settings.awaitingCheck() ? "A link to check the address is on its way to " + settings.address()
                + ". Open it to start getting e-mail there." : settings.address() == null
                ? "Your address is removed: notices stay on your home page." : "Nothing changed: that is your checked address.");
    }

    public void sendAgain() {
        try {
            show(mail.sendCheckAgain(settings.version()));
            Feedback.done("A new link is on its way to " + settings.address() + ".");
        } catch (org.clinlead.portal.shared.PortalException e) {
            Feedback.show("mail", e);
        }
    }

    public void saveChoice() {
        Delivery delivery = DEFAULT.equals(choice) || choice == null ? null : Delivery.valueOf(choice);
        try {
            show(mail.choose(delivery, digestHour, settings.version()));
        } catch (org.clinlead.portal.shared.PortalException | IllegalArgumentException e) {
            Feedback.show("choice", e instanceof IllegalArgumentException ? new org.clinlead.portal.shared.InvalidInputException(
                    "delivery", "Choose how your notices reach you.") : (RuntimeException) e);
            return;
        }
        Feedback.done("Saved: " + settings.effectiveDelivery().label().toLowerCase(java.util.Locale.ROOT)
                + (settings.effectiveDelivery() == Delivery.DIGEST ? ", at " + hour(settings.effectiveDigestHour()) : "") + ".");
    }

    public static String hour(int h) {
        return String.format("%02d:00", h);
    }

    public List<Integer> getHours() {
        return IntStream.range(0, 24).boxed().toList();
    }

    public Delivery[] getDeliveries() {
        return Delivery.values();
    }

    public MyMailSettings getSettings() {
        return settings;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getChoice() {
        return choice;
    }

    public void setChoice(String choice) {
        this.choice = choice;
    }

    public Integer getDigestHour() {
        return digestHour;
    }

    public void setDigestHour(Integer digestHour) {
        this.digestHour = digestHour;
    }
}
