package org.mscu.referral.nrm;

public enum NrmAction {
    SUBMIT, DUTY_TO_NOTIFY, REASONABLE_GROUNDS, CONCLUSIVE_GROUNDS
}
